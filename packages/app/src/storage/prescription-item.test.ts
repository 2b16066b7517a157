import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  buildSchedule,
  importMedicationRequests,
  importToPrescriptions,
  type Prescription,
  type SigReading,
} from '@ctrl-alt-heal/domain';
import type { TestStorage } from '../embedded/testing/start-test-storage';
import { useTestStorage } from '../embedded/testing/use-test-storage';
import { DynamoPrescriptionStore } from './dynamo-prescription-store';
import { prescriptionFixture } from './testing/prescription-fixture';

const FIXTURES = join(__dirname, '..', '..', '..', '..', 'fixtures');
const START_AT = '2026-03-01T17:08:00.000Z';

/** Every gold reading of the sig corpus that schedules, as a prescription. */
function goldPrescriptions(): Prescription[] {
  const lines = readFileSync(join(FIXTURES, 'sig', 'dev.jsonl'), 'utf8').split('\n');
  return lines
    .filter((line) => line.trim() !== '')
    .flatMap((line): Prescription[] => {
      const row = JSON.parse(line) as { id: number; text: string; gold: SigReading };
      const built = buildSchedule(row.gold, {
        timeZone: 'Europe/London',
        startDate: '2026-03-01',
        startAt: START_AT,
      });
      if (built.kind !== 'ok') return [];
      return [
        {
          prescriptionId: `gold-${row.id}`,
          medication: row.gold.medication ?? 'unnamed',
          instructionText: row.text,
          sig: row.gold,
          schedule: built.schedule,
          status: 'draft',
          source: 'text',
          createdAt: START_AT,
        },
      ];
    });
}

/** Every prescription imported from the upstream FHIR bundles, drafts included. */
function upstreamPrescriptions(): Prescription[] {
  const folder = join(FIXTURES, 'fhir-upstream');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const result = importMedicationRequests(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      if (!result.ok) throw new Error(`${name} does not import`);
      return importToPrescriptions(result.medications, {
        timeZone: 'Asia/Kolkata',
        startDate: '2026-03-01',
        now: new Date(START_AT),
      }).map(({ prescription }) => ({
        ...prescription,
        prescriptionId: `${name}-${prescription.prescriptionId}`,
        status: 'draft' as const,
      }));
    });
}

/** Shapes the corpus does not reach: a monthly pattern and a phase ended by a dose count. */
function rarePatternPrescriptions(): Prescription[] {
  const base = prescriptionFixture();
  return [
    {
      ...base,
      prescriptionId: 'monthly',
      schedule: {
        ...base.schedule,
        phases: [
          {
            doses: [
              { pattern: { kind: 'monthly', times: ['09:00'], everyNMonths: 3 }, dose: null },
            ],
            days: null,
          },
        ],
      },
    },
    {
      ...base,
      prescriptionId: 'phase-max-doses',
      schedule: {
        ...base.schedule,
        notBefore: null,
        phases: [
          {
            doses: [
              {
                pattern: { kind: 'weekly', times: ['08:00'], daysOfWeek: ['mon'], everyNWeeks: 1 },
                dose: null,
              },
            ],
            days: null,
            maxDoses: 6,
          },
        ],
      },
    },
  ];
}

describe('prescriptionItemSchema', () => {
  let storage: TestStorage;
  let store: DynamoPrescriptionStore;

  useTestStorage((started) => {
    storage = started;
    store = new DynamoPrescriptionStore({
      client: storage.dynamo,
      tableNames: storage.tableNames,
      now: () => new Date(START_AT),
    });
  });

  describe.each([
    ['every schedulable gold reading of the sig corpus', goldPrescriptions()],
    ['every prescription imported from the upstream FHIR bundles', upstreamPrescriptions()],
    ['a monthly pattern or a phase ended by a dose count', rarePatternPrescriptions()],
  ])('when %s is stored', (_label, prescriptions) => {
    it('reads each one back equal', async () => {
      const failures: string[] = [];
      for (const prescription of prescriptions) {
        await store.saveDraft('round-trip', prescription);
        const back = await store.get('round-trip', prescription.prescriptionId).then(
          (read) => (isDeepStrictEqual(read, prescription) ? 'equal' : 'changed'),
          () => 'unreadable',
        );
        if (back !== 'equal') failures.push(`${prescription.prescriptionId}: ${back}`);
      }

      expect({ stored: prescriptions.length > 0, failures }).toEqual({
        stored: true,
        failures: [],
      });
    });
  });
});
