import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSchedule } from '../schedule/build-schedule';
import { DEFAULT_DAY_ANCHORS } from '../schedule/day-anchors';
import type { SigReading } from '../sig/sig-reading';
import { importMedicationRequests } from './import-medication-requests';
import type { ImportedMedication } from './imported-medication';
import { buildSigReading } from './testing/sig-reading-builder';

// CI clones the repository with the shared folder as a sibling.
const FIXTURES = resolve(__dirname, '../../../../fixtures/fhir-upstream');

function importFixture(name: string): readonly ImportedMedication[] {
  const result = importMedicationRequests(JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8')));
  if (!result.ok) throw new Error(`fixture ${name} did not import: ${JSON.stringify(result)}`);
  return result.medications;
}

function scheduleOf(reading: SigReading) {
  const built = buildSchedule(reading, { timeZone: 'Europe/London', startDate: '2026-03-27' });
  if (built.kind !== 'ok') throw new Error(`no schedule: ${JSON.stringify(built.issues)}`);
  return built.schedule;
}

describe('importMedicationRequests', () => {
  describe('when reading the upstream fixture bundles', () => {
    it('keeps the amoxicillin course structured: 3 a day after food for 7 days', () => {
      const [amoxicillin] = importFixture('01_simple_amoxicillin_bundle.json');

      expect(amoxicillin?.reading).toEqual(
        buildSigReading({
          medication: 'amoxicillin',
          // The strength comes from the parser reading the name; its rules are tested there.
          strength: amoxicillin?.reading.strength ?? null,
          dose: { min: 1, max: 1, unit: 'capsule' },
          route: 'oral',
          frequency: { count: 3, period: 1, periodUnit: 'd' },
          when: ['PC'],
          duration: { value: 7, unit: 'd' },
        }),
      );
      expect(amoxicillin?.notes).toEqual(['After food']);
      expect(scheduleOf(amoxicillin!.reading).endDate).toBe('2026-04-02');
    });

    it('ties the twice-daily-with-meals medicine to breakfast and dinner', () => {
      const [metformin, atorvastatin, augmentin] = importFixture(
        '02_polypharmacy_mixed_schedules.json',
      );

      expect(scheduleOf(metformin!.reading).phases).toEqual([
        {
          days: null,
          doses: [
            {
              pattern: {
                kind: 'daily',
                times: [DEFAULT_DAY_ANCHORS.breakfast, DEFAULT_DAY_ANCHORS.dinner],
                everyNDays: 1,
              },
              dose: { min: 1, max: 1, unit: 'tablet' },
            },
          ],
        },
      ]);
      expect(atorvastatin?.reading.when).toEqual(['NIGHT']);
      expect(augmentin?.reading.duration).toEqual({ value: 10, unit: 'd' });
      expect(scheduleOf(augmentin!.reading).endDate).toBe('2026-04-05');
    });

    it('gives the inhaler no fixed reminders and the taper three morning steps of 3 days', () => {
      const [inhaler, prednisone] = importFixture('03_complex_with_notes_and_prn.json');

      expect(scheduleOf(inhaler!.reading).phases).toEqual([
        {
          days: null,
          doses: [
            {
              pattern: { kind: 'asNeeded', reason: 'wheeze' },
              dose: { min: 2, max: 2, unit: 'puff' },
            },
          ],
        },
      ]);
      expect(
        scheduleOf(prednisone!.reading).phases.map((p) => [
          p.days,
          p.doses[0]?.dose?.min,
          p.doses[0]?.pattern,
        ]),
      ).toEqual(
        [3, 2, 1].map((n) => [
          3,
          n,
          { kind: 'daily', times: [DEFAULT_DAY_ANCHORS.morning], everyNDays: 1 },
        ]),
      );
    });

    it('ends the levothyroxine course after 90 days and keeps the insulin route', () => {
      const [insulin, levothyroxine] = importFixture('04_large_duration_and_special_routes.json');

      expect(insulin?.reading.route).toBe('subcutaneous');
      expect(insulin?.reading.dose).toEqual({ min: 20, max: 20, unit: 'unit' });
      expect(levothyroxine?.reading.when).toEqual(['MORN']);
      expect(scheduleOf(levothyroxine!.reading).endDate).toBe('2026-06-24');
    });
  });

  describe('when fixture bundles are damaged at random places', () => {
    const WEIRD: unknown[] = [
      null,
      0,
      -1,
      1.5,
      '',
      'x',
      [],
      {},
      [1],
      true,
      '08:00',
      ['MORN'],
      1e308,
    ];
    let seed = 11;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const damage = (value: unknown): unknown => {
      const swap = (v: unknown): unknown =>
        next(25) === 0 ? WEIRD[next(WEIRD.length)] : damage(v);
      if (Array.isArray(value)) return value.map(swap);
      if (typeof value !== 'object' || value === null) return value;
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, swap(v)]));
    };
    const names = ['01_simple_amoxicillin_bundle.json', '03_complex_with_notes_and_prn.json'];
    const originals = names.map((n) => readFileSync(`${FIXTURES}/${n}`, 'utf8'));

    it('never throws, and every rejection lists at least one error', () => {
      const outcomes = Array.from({ length: 500 }, (_, i) => {
        const result = importMedicationRequests(damage(JSON.parse(originals[i % 2] ?? '')));
        return result.ok || result.issues.some((issue) => issue.severity === 'error');
      });

      expect(outcomes.every(Boolean)).toBe(true);
    });
  });
});
