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
});
