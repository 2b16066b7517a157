import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Dosage } from '@medplum/fhirtypes';
import type { SigReading } from '../sig/sig-reading';
import { dosageToSig } from './dosage-to-sig';
import { sigToDosage } from './sig-to-dosage';
import { buildSigReading, buildSigStep } from './testing/sig-reading-builder';

describe('dosageToSig', () => {
  const roundTrips = {
    'a plain daily dose': buildSigReading({
      dose: { min: 500, max: 500, unit: 'mg' },
      route: 'oral',
      frequency: { count: 3, period: 1, periodUnit: 'd' },
      when: ['PC'],
      duration: { value: 7, unit: 'd' },
    }),
    'an interval range as needed with a maximum': buildSigReading({
      dose: { min: 1, max: 2, unit: 'puff' },
      route: 'inhaled',
      frequency: { count: 1, period: 4, periodUnit: 'h' },
      periodMax: 6,
      asNeeded: true,
      asNeededFor: 'wheeze',
      maxPerDay: { value: 8, unit: 'puff' },
    }),
    'clock times on named days': buildSigReading({
      dose: { min: 0.5, max: 0.5, unit: 'tablet' },
      frequency: { count: 2, period: 1, periodUnit: 'd' },
      timesOfDay: ['07:30', '19:30'],
      dayOfWeek: ['mon', 'wed', 'fri'],
      frequencyMax: 3,
    }),
    'a single stat dose': buildSigReading({
      dose: { min: 20, max: 20, unit: 'unit' },
      route: 'subcutaneous',
      count: 1,
    }),
    'a taper in the morning': buildSigReading({
      route: 'oral',
      stepsType: 'sequential',
      steps: [3, 2, 1].map((n) =>
        buildSigStep({
          route: 'oral',
          dose: { min: n, max: n, unit: 'tablet' },
          frequency: { count: 1, period: 1, periodUnit: 'd' },
          when: ['MORN'],
          duration: { value: 3, unit: 'd' },
        }),
      ),
    }),
    'a split daily dose': buildSigReading({
      stepsType: 'concurrent',
      steps: [
        buildSigStep({
          dose: { min: 2, max: 2, unit: 'tablet' },
          frequency: { count: 1, period: 1, periodUnit: 'd' },
          when: ['MORN'],
        }),
        buildSigStep({
          dose: { min: 1, max: 1, unit: 'tablet' },
          frequency: { count: 1, period: 1, periodUnit: 'd' },
          when: ['NIGHT'],
        }),
      ],
    }),
    'a titration with a concurrent group that has its own duration': buildSigReading({
      route: 'oral',
      stepsType: 'sequential',
      steps: [
        buildSigStep({
          route: 'oral',
          dose: { min: 1, max: 1, unit: 'tablet' },
          frequency: { count: 1, period: 1, periodUnit: 'd' },
          when: ['NIGHT'],
          duration: { value: 1, unit: 'wk' },
        }),
        buildSigStep({
          route: 'oral',
          stepsType: 'concurrent',
          duration: { value: 2, unit: 'wk' },
          steps: ['MORN', 'NIGHT'].map((when) =>
            buildSigStep({
              route: 'oral',
              dose: { min: 1, max: 1, unit: 'tablet' },
              frequency: { count: 1, period: 1, periodUnit: 'd' },
              when: [when as 'MORN' | 'NIGHT'],
            }),
          ),
        }),
      ],
    }),
    'scheduled use then as needed': buildSigReading({
      stepsType: 'sequential',
      steps: [
        buildSigStep({
          dose: { min: 2, max: 2, unit: 'puff' },
          frequency: { count: 2, period: 1, periodUnit: 'd' },
          duration: { value: 1, unit: 'wk' },
        }),
        buildSigStep({ dose: { min: 2, max: 2, unit: 'puff' }, asNeeded: true }),
      ],
    }),
  };

  describe.each(Object.entries(roundTrips))('when reading back %s', (_name, reading) => {
    it('reproduces the reading', () => {
      expect(dosageToSig(sigToDosage(reading))).toEqual(reading);
    });
  });

  describe('when reading back every gold reading of the sig corpus (dev set)', () => {
    const corpus = readFileSync(resolve(__dirname, '../../../../fixtures/sig/dev.jsonl'), 'utf8');
    // Dosage has no place for strength; the corpus puts it on the steps of one reading.
    const readings = corpus
      .trim()
      .split('\n')
      .map((line) => {
        const { gold } = JSON.parse(line) as { gold: SigReading };
        return { ...gold, medication: null, strength: null, ambiguous: false };
      });

    it('reproduces every reading but the one with a per-step strength', () => {
      const differing = readings.filter((r) => !isDeepStrictEqual(dosageToSig(sigToDosage(r)), r));

      expect(readings).toHaveLength(169);
      expect(differing.map((r) => r.steps?.map((s) => s.strength))).toEqual([
        [
          { value: 20, unit: 'mg' },
          { value: 20, unit: 'mg' },
          { value: 20, unit: 'mg' },
        ],
      ]);
    });
  });

  describe('when the timing is given as a GTS code', () => {
    it('reads BID as twice a day and AM as once in the morning', () => {
      const system = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation';
      const coded = (code: string): Dosage[] => [
        { timing: { code: { coding: [{ system, code }] } } },
      ];

      expect([dosageToSig(coded('BID')), dosageToSig(coded('AM'))]).toEqual([
        buildSigReading({ frequency: { count: 2, period: 1, periodUnit: 'd' } }),
        buildSigReading({ frequency: { count: 1, period: 1, periodUnit: 'd' }, when: ['MORN'] }),
      ]);
    });
  });

  describe('when a value cannot be expressed', () => {
    it('marks the reading ambiguous and leaves the value out', () => {
      const dosage: Dosage[] = [
        { timing: { repeat: { frequency: 1, period: 30, periodUnit: 's' } } },
      ];

      expect(dosageToSig(dosage)).toEqual(buildSigReading({ ambiguous: true }));
    });
  });

  describe('when the timing uses minutes and a route given only as text', () => {
    it('converts minutes to fractional hours and matches the route text', () => {
      const dosage: Dosage[] = [
        {
          timing: { repeat: { frequency: 1, period: 15, periodUnit: 'min' } },
          route: { text: 'Subcutaneous' },
        },
      ];

      expect(dosageToSig(dosage)).toEqual(
        buildSigReading({
          frequency: { count: 1, period: 0.25, periodUnit: 'h' },
          route: 'subcutaneous',
        }),
      );
    });
  });
});
