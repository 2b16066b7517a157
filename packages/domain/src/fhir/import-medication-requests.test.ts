import type { SigReading } from '../sig/sig-reading';
import type { FhirIssue } from './fhir-issue';
import { importMedicationRequests } from './import-medication-requests';
import { buildSigReading, buildSigStep } from './testing/sig-reading-builder';

/** A fake parser: known texts give fixed readings, anything else an empty ambiguous one. */
function fakeParser(known: Record<string, SigReading>) {
  return (text: string): SigReading => known[text] ?? buildSigReading({ ambiguous: true });
}

const DAILY = { count: 1, period: 1, periodUnit: 'd' } as const;

function request(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    resourceType: 'MedicationRequest',
    status: 'active',
    intent: 'order',
    subject: { reference: 'Patient/p' },
    ...extra,
  };
}

function bundleOf(type: string, entries: unknown[]): unknown {
  return { resourceType: 'Bundle', type, entry: entries };
}

describe('importMedicationRequests', () => {
  describe('when the medicine is referenced', () => {
    const reference = (ref: string) =>
      request({
        medicationReference: { reference: ref },
        dosageInstruction: [{ timing: { repeat: { frequency: 1, period: 1, periodUnit: 'd' } } }],
      });
    const medication = { resourceType: 'Medication', id: 'm1', code: { text: 'Aspirin 75 mg' } };

    it.each([
      ['a urn:uuid fullUrl', 'urn:uuid:6e1c2c2e-0a6a-4a4e-9b1a-2b8f4a7f0d11'],
      ['a relative reference', 'Medication/m1'],
    ])('resolves %s in a transaction bundle', (_kind, ref) => {
      const bundle = bundleOf('transaction', [
        { fullUrl: 'urn:uuid:6e1c2c2e-0a6a-4a4e-9b1a-2b8f4a7f0d11', resource: medication },
        { resource: reference(ref) },
      ]);

      const result = importMedicationRequests(bundle, fakeParser({}));

      expect(result.ok && result.medications.map((m) => m.name)).toEqual(['Aspirin 75 mg']);
    });

    it('resolves a contained #id with the ingredient name and strength', () => {
      const contained = {
        ...medication,
        ingredient: [
          {
            itemCodeableConcept: { text: 'Aspirin' },
            strength: { numerator: { value: 75, unit: 'mg' }, denominator: { value: 1 } },
          },
        ],
      };
      const bundle = bundleOf('searchset', [
        { resource: { ...reference('#m1'), id: 'rx-9', contained: [contained] } },
      ]);

      const result = importMedicationRequests(bundle, fakeParser({}));

      expect(result).toEqual({
        ok: true,
        warnings: [],
        medications: [
          {
            requestId: 'rx-9',
            name: 'Aspirin 75 mg',
            instructionText: '',
            notes: [],
            reading: buildSigReading({
              medication: 'aspirin',
              strength: { value: 75, unit: 'mg' },
              frequency: DAILY,
            }),
            status: 'active',
            authoredOn: null,
            path: 'Bundle.entry[0].resource',
          },
        ],
      });
    });

    it('reports a reference that resolves to nothing', () => {
      const bundle = bundleOf('collection', [{ resource: reference('Medication/missing') }]);

      expect(importMedicationRequests(bundle, fakeParser({}))).toEqual({
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'not-found',
            path: 'Bundle.entry[0].resource.medicationReference.reference',
            message: 'does not resolve to a Medication in the bundle',
          },
        ],
      });
    });
  });

  describe('when there are several dosage instructions', () => {
    const step = (n: number) => ({
      doseAndRate: [{ doseQuantity: { value: n, unit: 'tablet' } }],
      timing: {
        repeat: {
          frequency: 1,
          period: 1,
          periodUnit: 'd',
          boundsDuration: { value: 5, code: 'd' },
        },
      },
    });

    it('reads increasing sequences as a taper and equal sequences as concurrent', () => {
      const dosageInstruction = [
        {
          ...step(2),
          sequence: 1,
          timing: { repeat: { ...step(2).timing.repeat, when: ['MORN'] } },
        },
        {
          ...step(1),
          sequence: 1,
          timing: { repeat: { ...step(1).timing.repeat, when: ['EVE'] } },
        },
        { ...step(1), sequence: 2 },
      ];
      const bundle = bundleOf('collection', [
        { resource: request({ medicationCodeableConcept: { text: 'Drug' }, dosageInstruction }) },
      ]);

      const result = importMedicationRequests(bundle, fakeParser({}));

      const tablets = (n: number) => ({ min: n, max: n, unit: 'tablet' });
      expect(result.ok && result.medications[0]?.reading).toEqual(
        buildSigReading({
          stepsType: 'sequential',
          steps: [
            buildSigStep({
              stepsType: 'concurrent',
              duration: { value: 5, unit: 'd' },
              steps: [
                buildSigStep({ dose: tablets(2), frequency: DAILY, when: ['MORN'] }),
                buildSigStep({ dose: tablets(1), frequency: DAILY, when: ['EVE'] }),
              ],
            }),
            buildSigStep({ dose: tablets(1), frequency: DAILY, duration: { value: 5, unit: 'd' } }),
          ],
        }),
      );
    });
  });

  describe('when a text-only dosage is also marked as needed', () => {
    it('parses the text and keeps the structured as-needed reason', () => {
      const text = '2 puffs every 4 hours';
      const parsed = buildSigReading({
        dose: { min: 2, max: 2, unit: 'puff' },
        frequency: { count: 1, period: 4, periodUnit: 'h' },
      });
      const bundle = bundleOf('collection', [
        {
          resource: request({
            medicationCodeableConcept: { coding: [{ display: 'Salbutamol' }] },
            dosageInstruction: [{ text, asNeededCodeableConcept: { text: 'Wheeze' } }],
          }),
        },
      ]);

      const result = importMedicationRequests(bundle, fakeParser({ [text]: parsed }));

      expect(result.ok && result.medications[0]?.reading).toEqual({
        ...parsed,
        asNeeded: true,
        asNeededFor: 'wheeze',
      });
    });
  });

  describe('when the input is invalid', () => {
    it('returns every issue and no medications', () => {
      const bundle = {
        resourceType: 'Bundle',
        type: 'batch',
        entry: [
          'not an entry',
          { resource: request({ dosageInstruction: [] }) },
          {
            resource: request({
              medicationCodeableConcept: { text: 'Drug' },
              dosageInstruction: [
                {
                  timing: {
                    repeat: { frequency: '2', period: 1, periodUnit: 's', timeOfDay: ['8am'] },
                  },
                  maxDosePerPeriod: {
                    numerator: { value: 4 },
                    denominator: { value: 1, code: 'wk' },
                  },
                },
              ],
            }),
          },
        ],
      };

      const result = importMedicationRequests(bundle, fakeParser({}));

      const repeat = 'Bundle.entry[2].resource.dosageInstruction[0].timing.repeat';
      expect(result).toEqual<{ ok: false; issues: FhirIssue[] }>({
        ok: false,
        issues: [
          {
            severity: 'error',
            code: 'value',
            path: 'Bundle.type',
            message: 'must be one of collection, transaction, searchset',
          },
          {
            severity: 'error',
            code: 'structure',
            path: 'Bundle.entry[0]',
            message: 'must be an object',
          },
          {
            severity: 'error',
            code: 'required',
            path: 'Bundle.entry[1].resource.medication[x]',
            message: 'a medication concept or reference is needed',
          },
          {
            severity: 'error',
            code: 'required',
            path: 'Bundle.entry[1].resource.dosageInstruction',
            message: 'at least one dosage instruction is needed',
          },
          {
            severity: 'error',
            code: 'structure',
            path: `${repeat}.frequency`,
            message: 'must be a number',
          },
          {
            severity: 'error',
            code: 'not-supported',
            path: `${repeat}.periodUnit`,
            message: 'period must be positive, in h, d, wk or mo',
          },
          {
            severity: 'error',
            code: 'value',
            path: `${repeat}.timeOfDay[0]`,
            message: 'must be a time of day HH:MM:SS',
          },
          {
            severity: 'error',
            code: 'not-supported',
            path: 'Bundle.entry[2].resource.dosageInstruction[0].maxDosePerPeriod',
            message: 'only a maximum per day (or per 24 hours) is supported',
          },
        ],
      });
    });

    it.each([
      [
        'a string',
        'hello',
        { path: 'Bundle', code: 'structure', message: 'must be a JSON object' },
      ],
      [
        'a bundle without entries',
        { resourceType: 'Bundle', type: 'collection' },
        { path: 'Bundle.entry', code: 'required', message: 'the bundle has no entries' },
      ],
      [
        'a bundle of patients only',
        bundleOf('collection', [{ resource: { resourceType: 'Patient' } }]),
        {
          path: 'Bundle.entry',
          code: 'not-found',
          message: 'the bundle holds no MedicationRequest',
        },
      ],
    ])('rejects %s', (_kind, input, issue) => {
      expect(importMedicationRequests(input, fakeParser({}))).toEqual({
        ok: false,
        issues: [{ severity: 'error', ...issue }],
      });
    });
  });

  describe('when a request was entered in error', () => {
    it('skips it with a warning', () => {
      const bundle = bundleOf('collection', [
        {
          resource: request({
            status: 'entered-in-error',
            medicationCodeableConcept: { text: 'Drug' },
            dosageInstruction: [{ text: 'x' }],
          }),
        },
      ]);

      expect(importMedicationRequests(bundle, fakeParser({}))).toEqual({
        ok: true,
        medications: [],
        warnings: [
          {
            severity: 'warning',
            code: 'invalid',
            path: 'Bundle.entry[0].resource.status',
            message: 'entered in error: skipped',
          },
        ],
      });
    });
  });
});
