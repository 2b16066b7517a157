import { EMPTY_SIG_STEP } from './empty-sig-step';
import { parseSig } from './parse-sig';
import type { SigReading } from './sig-reading';

// Wordings a patient types into the chat: each test names a kind of fault, with new wordings.

function reading(fields: Partial<SigReading>): SigReading {
  return { medication: null, ...EMPTY_SIG_STEP, ...fields };
}

const daily = (count: number): SigReading['frequency'] => ({ count, period: 1, periodUnit: 'd' });

describe('parseSig on chat wordings', () => {
  describe('when the text is no instruction', () => {
    it.each([
      ['which time zone am I in'],
      ['I am in Berlin this week'],
      ['how should I take these'],
      ['what are these tablets for?'],
      ['as soon as you can please'],
      ['take it easy'],
    ])('reads "%s" as nothing to schedule', (text) => {
      expect(parseSig(text)).toEqual(reading({ ambiguous: true }));
    });
  });

  describe('when a patient writes "I am" beside an instruction', () => {
    it('reads no morning and no clock time from the pronoun and verb', () => {
      expect(parseSig('I am taking 2 tablets every day')).toEqual(
        reading({
          dose: { min: 2, max: 2, unit: 'tablet' },
          route: 'oral',
          frequency: daily(1),
        }),
      );
    });
  });

  describe('when sig shorthand puts a bare am or pm', () => {
    it.each([
      ['2 caps po am', 'capsule', ['MORN']],
      ['1 tab every pm', 'tablet', ['EVE']],
    ])('reads "%s" as a time of day', (text, unit, when) => {
      expect(parseSig(text)).toEqual(
        reading({
          dose: { min: unit === 'capsule' ? 2 : 1, max: unit === 'capsule' ? 2 : 1, unit },
          route: 'oral',
          frequency: daily(1),
          when: when as SigReading['when'],
        }),
      );
    });
  });

  describe('when a count of units of one strength is written "N x <strength> <form>"', () => {
    it.each([
      ['Ibuprofen 3 x 200 mg tabs three times a day', 'ibuprofen', 3, 200, 'tablet'],
      ['Amoxicillin 2 × 250mg capsules three times a day', 'amoxicillin', 2, 250, 'capsule'],
    ])('reads "%s" as the count of that form, each of the strength', (text, name, n, mg, unit) => {
      expect(parseSig(text)).toEqual(
        reading({
          medication: name,
          strength: { value: mg, unit: 'mg' },
          dose: { min: n, max: n, unit },
          route: 'oral',
          frequency: daily(3),
        }),
      );
    });

    it('reads "1 x 10 ml spoonful" as 10 mL by mouth', () => {
      expect(parseSig('1 x 10 ml spoonful twice a day')).toEqual(
        reading({ dose: { min: 10, max: 10, unit: 'mL' }, route: 'oral', frequency: daily(2) }),
      );
    });
  });

  describe('when "xN" follows a repeat interval', () => {
    it('reads a count of administrations and dual-codes the mass after the name', () => {
      expect(parseSig('Glyceryl trinitrate 0.3mg SL q10min x2 prn angina')).toEqual(
        reading({
          medication: 'glyceryl trinitrate',
          strength: { value: 0.3, unit: 'mg' },
          dose: { min: 0.3, max: 0.3, unit: 'mg' },
          route: 'sublingual',
          frequency: { count: 1, period: 0.1667, periodUnit: 'h' },
          asNeeded: true,
          asNeededFor: 'angina',
          count: 2,
        }),
      );
    });
  });

  describe('when the sig uses a Latin timing abbreviation', () => {
    it.each([
      ['Temazepam 10mg o.n.', 'temazepam', 10, ['NIGHT']],
      ['Prednisolone 5mg o.m.', 'prednisolone', 5, ['MORN']],
    ])('reads "%s" as once a day at that time', (text, name, mg, when) => {
      expect(parseSig(text)).toEqual(
        reading({
          medication: name,
          strength: { value: mg, unit: 'mg' },
          dose: { min: mg, max: mg, unit: 'mg' },
          frequency: daily(1),
          when: when as SigReading['when'],
        }),
      );
    });

    it('reads "alt. die" as every other day', () => {
      expect(parseSig('1 tab alt. die')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'tablet' },
          route: 'oral',
          frequency: { count: 1, period: 2, periodUnit: 'd' },
        }),
      );
    });

    it('flags the two-way "a.d." (every other day or right ear) as ambiguous', () => {
      expect(parseSig('3 drops a.d. tds')).toEqual(
        reading({ dose: { min: 3, max: 3, unit: 'drop' }, frequency: daily(3), ambiguous: true }),
      );
    });
  });

  describe('when an amount or a course cannot be right', () => {
    it('keeps the absolute duration of "for -10 days" and flags it', () => {
      expect(parseSig('1 cap twice a day for -10 days')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'capsule' },
          route: 'oral',
          frequency: daily(2),
          duration: { value: 10, unit: 'd' },
          ambiguous: true,
        }),
      );
    });

    it('reads years as months and flags a course over ten years', () => {
      expect(parseSig('1 tab at night for 15 years')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'tablet' },
          route: 'oral',
          frequency: daily(1),
          when: ['NIGHT'],
          duration: { value: 180, unit: 'mo' },
          ambiguous: true,
        }),
      );
    });
  });

  describe('when the patient names the drug after "i take"', () => {
    it('reads the name and dual-codes its strength', () => {
      expect(parseSig('i usually take atorvastatin 20mg once a day at night')).toEqual(
        reading({
          medication: 'atorvastatin',
          strength: { value: 20, unit: 'mg' },
          dose: { min: 20, max: 20, unit: 'mg' },
          frequency: daily(1),
          when: ['NIGHT'],
        }),
      );
    });
  });

  describe('when the patient says "when i need it"', () => {
    it('reads it as PRN with the reason', () => {
      expect(parseSig('1 spray when i need it for a blocked nose')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'spray' },
          route: 'nasal',
          asNeeded: true,
          asNeededFor: 'a blocked nose',
        }),
      );
    });
  });
});
