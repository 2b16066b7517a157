import { EMPTY_SIG_STEP } from './empty-sig-step';
import { flagImplausibleAmounts } from './sig-implausible-amount';
import type { SigReading } from './sig-reading';

function reading(fields: Partial<SigReading>): SigReading {
  return { medication: null, ...EMPTY_SIG_STEP, ...fields };
}

describe('flagImplausibleAmounts', () => {
  describe('when the raw text states a negative amount or duration', () => {
    it.each([['apply twice daily for -3 weeks'], ['-2 puffs bid'], ['use (-1) spray daily']])(
      'flags "%s" as ambiguous',
      (text) => {
        expect(flagImplausibleAmounts(text, reading({}))).toEqual(reading({ ambiguous: true }));
      },
    );
  });

  describe('when a dash is a range or a separator', () => {
    it.each([['1 -2 tabs q4-6h'], ['Cetirizine 10mg - 1 tab nocte'], ['1-0-1 after food']])(
      'leaves "%s" alone',
      (text) => {
        expect(flagImplausibleAmounts(text, reading({}))).toEqual(reading({}));
      },
    );
  });

  describe('when a course is longer than ten years', () => {
    it('flags it, in a step too', () => {
      const step = { ...EMPTY_SIG_STEP, duration: { value: 130, unit: 'mo' as const } };
      expect(flagImplausibleAmounts('x', reading({ steps: [step] }))).toEqual(
        reading({ steps: [step], ambiguous: true }),
      );
    });

    it('keeps a course of ten years or less', () => {
      const long = reading({ duration: { value: 520, unit: 'wk' } });
      expect(flagImplausibleAmounts('x', long)).toEqual(long);
    });
  });
});
