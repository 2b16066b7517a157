import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Bundle, MedicationRequest, Resource } from '@medplum/fhirtypes';
import { importToPrescriptions } from './import-to-prescriptions';
import type { SigReading } from '../sig/sig-reading';
import { exportPatientBundle } from './export-patient-bundle';
import { importMedicationRequests } from './import-medication-requests';
import type { RecordedDose } from './recorded-dose';
import { buildPrescription } from './testing/prescription-builder';
import { validateR4 } from './testing/r4-validator';
import { buildSigReading, buildSigStep } from './testing/sig-reading-builder';

const taper = buildPrescription({
  prescriptionId: 'rx-2',
  medication: 'Prednisone 10 mg',
  instructionText: 'Take 3 tablets daily for 3 days, then 2 tablets daily for 3 days',
  sig: buildSigReading({
    medication: 'prednisone',
    strength: { value: 10, unit: 'mg' },
    route: 'oral',
    stepsType: 'sequential',
    steps: [3, 2].map((n) =>
      buildSigStep({
        route: 'oral',
        dose: { min: n, max: n, unit: 'tablet' },
        frequency: { count: 1, period: 1, periodUnit: 'd' },
        when: ['MORN'],
        duration: { value: 3, unit: 'd' },
      }),
    ),
  }),
});
const inhaler = buildPrescription({
  prescriptionId: 'rx-3',
  medication: 'Salbutamol inhaler 100 micrograms',
  instructionText: '2 puffs every 4-6 hours when required for wheeze, max 8 puffs a day',
  status: 'stopped',
  sig: buildSigReading({
    medication: 'salbutamol',
    strength: { value: 100, unit: 'mcg' },
    dose: { min: 2, max: 2, unit: 'puff' },
    route: 'inhaled',
    frequency: { count: 1, period: 4, periodUnit: 'h' },
    periodMax: 6,
    asNeeded: true,
    asNeededFor: 'wheeze',
    maxPerDay: { value: 8, unit: 'puff' },
  }),
});
const doses: RecordedDose[] = [
  {
    prescriptionId: 'rx-1',
    dueAt: '2026-03-28T08:00:00Z',
    takenAt: '2026-03-28T08:04:00Z',
    status: 'taken',
  },
  { prescriptionId: 'rx-1', dueAt: '2026-03-28T18:00:00Z', takenAt: null, status: 'skipped' },
];

function exportAll(): Bundle {
  return exportPatientBundle({
    patient: { id: 'user-42', name: 'Ada' },
    prescriptions: [buildPrescription(), taper, inhaler],
    administrations: doses,
  });
}

function resourcesOf(bundle: Bundle): Resource[] {
  return (bundle.entry ?? []).flatMap((e) => (e.resource ? [e.resource] : []));
}

describe('exportPatientBundle', () => {
  describe('when a patient has prescriptions and recorded doses', () => {
    it('lists the patient, one request per prescription and one administration per dose', () => {
      const bundle = exportAll();

      expect(bundle.type).toBe('collection');
      expect(resourcesOf(bundle).map((r) => `${r.resourceType}/${r.id}`)).toEqual([
        'Patient/user-42',
        'MedicationRequest/rx-1',
        'MedicationRequest/rx-2',
        'MedicationRequest/rx-3',
        'MedicationAdministration/administration-1',
        'MedicationAdministration/administration-2',
      ]);
    });

    it('passes R4 structure validation for the bundle and every resource in it', () => {
      const bundle = exportAll();
      const checked = [bundle, ...resourcesOf(bundle)];

      const issues = checked.map((r) => validateR4(r));

      expect(checked).toHaveLength(7);
      expect(issues).toEqual(checked.map(() => []));
    });

    it('writes the medication request with its contained medication and verbatim text', () => {
      const request = resourcesOf(exportAll())[1] as MedicationRequest;

      expect(request).toEqual<MedicationRequest>({
        resourceType: 'MedicationRequest',
        id: 'rx-1',
        contained: [
          {
            resourceType: 'Medication',
            id: 'medication',
            code: { text: 'Metformin 500 mg' },
            ingredient: [
              {
                itemCodeableConcept: { text: 'metformin' },
                strength: { numerator: { value: 500, unit: 'mg' }, denominator: { value: 1 } },
              },
            ],
          },
        ],
        status: 'active',
        intent: 'order',
        medicationReference: { reference: '#medication', display: 'Metformin 500 mg' },
        subject: { reference: 'Patient/user-42' },
        authoredOn: '2026-03-27T09:15:00.000Z',
        dosageInstruction: [
          {
            text: 'Take 1 tablet twice a day with breakfast and dinner',
            timing: { repeat: { frequency: 2, period: 1, periodUnit: 'd', when: ['CM', 'CV'] } },
            route: {
              coding: [
                { system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' },
              ],
              text: 'oral',
            },
            doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
          },
        ],
      });
    });

    it('records a skipped dose as not-done at its due time', () => {
      const skipped = resourcesOf(exportAll())[5];

      expect(skipped).toEqual({
        resourceType: 'MedicationAdministration',
        id: 'administration-2',
        status: 'not-done',
        statusReason: [{ text: 'skipped by the patient' }],
        medicationCodeableConcept: { text: 'Metformin 500 mg' },
        subject: { reference: 'Patient/user-42' },
        effectiveDateTime: '2026-03-28T18:00:00Z',
        request: { reference: 'MedicationRequest/rx-1' },
      });
    });
  });

  describe('when exporting every gold reading of the sig corpus and the upstream fixtures', () => {
    const shared = resolve(__dirname, '../../../../fixtures');
    const corpus = readFileSync(`${shared}/sig/dev.jsonl`, 'utf8').trim().split('\n');
    const fromCorpus = corpus.map((line) => {
      const { id, text, gold } = JSON.parse(line) as { id: number; text: string; gold: SigReading };
      return buildPrescription({ prescriptionId: `dev-${id}`, instructionText: text, sig: gold });
    });
    const fromFixtures = readdirSync(`${shared}/fhir-upstream`)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name, f) => {
        const result = importMedicationRequests(
          JSON.parse(readFileSync(`${shared}/fhir-upstream/${name}`, 'utf8')),
        );
        if (!result.ok) throw new Error(`fixture ${name} did not import`);
        const options = { timeZone: 'UTC', startDate: '2026-03-27', now: new Date(0) };
        return importToPrescriptions(result.medications, options).map(({ prescription }, i) => ({
          ...prescription,
          prescriptionId: `fixture-${f + 1}-${i + 1}`,
        }));
      });

    it('passes R4 structure validation for all of them', () => {
      const bundle = exportPatientBundle({
        patient: { id: 'corpus' },
        prescriptions: [...fromCorpus, ...fromFixtures],
        administrations: [],
      });
      const checked = [bundle, ...resourcesOf(bundle)];

      const invalid = checked.filter((r) => validateR4(r).length > 0);

      expect([fromCorpus.length, fromFixtures.length, checked.length]).toEqual([169, 9, 180]);
      expect(invalid).toEqual([]);
    });
  });

  describe('when the export is imported again', () => {
    it('reproduces every prescription', () => {
      const prescriptions = [buildPrescription(), taper, inhaler];

      const result = importMedicationRequests(exportAll());

      expect(
        result.ok &&
          result.medications.map((m) => ({
            prescriptionId: m.requestId,
            medication: m.name,
            instructionText: m.instructionText,
            sig: m.reading,
            status: m.status,
            createdAt: m.authoredOn,
          })),
      ).toEqual(
        prescriptions.map((p) => ({
          prescriptionId: p.prescriptionId,
          medication: p.medication,
          instructionText: p.instructionText,
          sig: p.sig,
          status: p.status,
          createdAt: p.createdAt,
        })),
      );
    });
  });

  describe('when an id is not a FHIR id', () => {
    it('throws naming the id', () => {
      const input = { patient: { id: 'user 42' }, prescriptions: [], administrations: [] };

      expect(() => exportPatientBundle(input)).toThrow(new Error('Not a FHIR id: "user 42"'));
    });
  });

  describe('when a recorded dose names an unknown prescription', () => {
    it('throws', () => {
      const input = {
        patient: { id: 'user-42' },
        prescriptions: [],
        administrations: doses.slice(0, 1),
      };

      expect(() => exportPatientBundle(input)).toThrow(
        new Error('Recorded dose 0 names an unknown prescription'),
      );
    });
  });
});
