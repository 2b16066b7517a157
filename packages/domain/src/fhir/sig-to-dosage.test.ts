import type { Dosage } from '@medplum/fhirtypes';
import { sigToDosage } from './sig-to-dosage';
import { buildSigReading, buildSigStep } from './testing/sig-reading-builder';

const ORAL = {
  coding: [{ system: 'http://snomed.info/sct', code: '26643006', display: 'Oral route' }],
  text: 'oral',
};

describe('sigToDosage', () => {
  describe('when the reading has a single schedule', () => {
    it('writes every timing field into timing.repeat', () => {
      const reading = buildSigReading({
        dose: { min: 1, max: 2, unit: 'tablet' },
        route: 'oral',
        frequency: { count: 1, period: 4, periodUnit: 'h' },
        periodMax: 6,
        frequencyMax: 2,
        dayOfWeek: ['mon', 'thu'],
        duration: { value: 7, unit: 'd' },
        count: 10,
        maxPerDay: { value: 8, unit: 'tablet' },
      });

      const dosage = sigToDosage(reading);

      expect(dosage).toEqual<Dosage[]>([
        {
          timing: {
            repeat: {
              boundsDuration: {
                value: 7,
                unit: 'days',
                system: 'http://unitsofmeasure.org',
                code: 'd',
              },
              count: 10,
              frequency: 1,
              period: 4,
              periodUnit: 'h',
              frequencyMax: 2,
              periodMax: 6,
              dayOfWeek: ['mon', 'thu'],
            },
          },
          route: ORAL,
          doseAndRate: [
            {
              doseRange: { low: { value: 1, unit: 'tablet' }, high: { value: 2, unit: 'tablet' } },
            },
          ],
          maxDosePerPeriod: {
            numerator: { value: 8, unit: 'tablet' },
            denominator: { value: 1, unit: 'day', system: 'http://unitsofmeasure.org', code: 'd' },
          },
        },
      ]);
    });

    it('writes clock times with seconds and a single dose as doseQuantity', () => {
      const reading = buildSigReading({
        dose: { min: 1, max: 1, unit: null },
        frequency: { count: 2, period: 1, periodUnit: 'd' },
        timesOfDay: ['08:00', '20:30'],
      });

      expect(sigToDosage(reading)).toEqual<Dosage[]>([
        {
          timing: {
            repeat: {
              frequency: 2,
              period: 1,
              periodUnit: 'd',
              timeOfDay: ['08:00:00', '20:30:00'],
            },
          },
          doseAndRate: [{ doseQuantity: { value: 1 } }],
        },
      ]);
    });
  });

  describe('when the medicine is taken as needed', () => {
    it('writes the reason as asNeededCodeableConcept', () => {
      const reading = buildSigReading({ asNeeded: true, asNeededFor: 'wheeze' });

      expect(sigToDosage(reading)).toEqual([{ asNeededCodeableConcept: { text: 'wheeze' } }]);
    });

    it('writes asNeededBoolean without a reason', () => {
      expect(sigToDosage(buildSigReading({ asNeeded: true }))).toEqual([{ asNeededBoolean: true }]);
    });
  });

  describe('when the reading has sequential steps', () => {
    it('numbers the steps and copies the shared route into each', () => {
      const reading = buildSigReading({
        route: 'oral',
        stepsType: 'sequential',
        steps: [3, 2].map((n) =>
          buildSigStep({
            dose: { min: n, max: n, unit: 'tablet' },
            frequency: { count: 1, period: 1, periodUnit: 'd' },
            when: ['MORN'],
            duration: { value: 3, unit: 'd' },
          }),
        ),
      });

      const dosage = sigToDosage(reading);

      expect(dosage.map((d) => [d.sequence, d.route?.text, d.doseAndRate])).toEqual([
        [1, 'oral', [{ doseQuantity: { value: 3, unit: 'tablet' } }]],
        [2, 'oral', [{ doseQuantity: { value: 2, unit: 'tablet' } }]],
      ]);
    });
  });

  describe('when the reading has concurrent steps', () => {
    it('gives every step the same sequence', () => {
      const reading = buildSigReading({
        stepsType: 'concurrent',
        steps: [
          buildSigStep({ dose: { min: 2, max: 2, unit: null }, when: ['MORN'] }),
          buildSigStep({ dose: { min: 1, max: 1, unit: null }, when: ['NIGHT'] }),
        ],
      });

      expect(sigToDosage(reading).map((d) => d.sequence)).toEqual([1, 1]);
    });
  });
});
