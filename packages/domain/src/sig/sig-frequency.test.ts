import { extractFrequencyMentions, resolveFrequency } from './sig-frequency';

function read(text: string): ReturnType<typeof resolveFrequency> {
  return resolveFrequency(extractFrequencyMentions(text).mentions.map((item) => item.value));
}

const none = { periodMax: null, frequencyMax: null, conflict: false, generic: false };

describe('resolveFrequency over extractFrequencyMentions', () => {
  describe('when the text states one frequency', () => {
    it.each([
      ['1 tab qd', { count: 1, period: 1, periodUnit: 'd' }],
      ['1 tab qid', { count: 4, period: 1, periodUnit: 'd' }],
      ['1 tab qod', { count: 1, period: 2, periodUnit: 'd' }],
      ['2 puffs 2/week', { count: 2, period: 1, periodUnit: 'wk' }],
      ['fortnightly', { count: 1, period: 2, periodUnit: 'wk' }],
      ['1 tab tiw', { count: 3, period: 1, periodUnit: 'wk' }],
      ['every 3 months', { count: 1, period: 3, periodUnit: 'mo' }],
      ['1 puff q 15 min', { count: 1, period: 0.25, periodUnit: 'h' }],
      ['6 hourly', { count: 1, period: 6, periodUnit: 'h' }],
    ])('reads "%s"', (text, frequency) => {
      expect(read(text)).toEqual({ ...none, frequency });
    });
  });

  describe('when the text states a range', () => {
    it('reads an interval range into periodMax', () => {
      expect(read('q 4-6 h')).toEqual({
        ...none,
        frequency: { count: 1, period: 4, periodUnit: 'h' },
        periodMax: 6,
      });
    });

    it.each([
      ['once or twice a day', 1, 2],
      ['up to 3 times a day', 1, 3],
      ['0-2 times daily', 1, 2],
      ['qd - bid', 1, 2],
    ])('reads "%s" as count %i with frequencyMax %i', (text, count, frequencyMax) => {
      expect(read(text)).toEqual({
        ...none,
        frequency: { count, period: 1, periodUnit: 'd' },
        frequencyMax,
      });
    });
  });

  describe('when mentions disagree', () => {
    it('keeps the specific code over a generic "every day" and flags the conflict', () => {
      expect(read('every day bid')).toEqual({
        ...none,
        frequency: { count: 2, period: 1, periodUnit: 'd' },
        conflict: true,
      });
    });

    it('lets a generic "daily" agree with "once daily"', () => {
      expect(read('daily once daily')).toEqual({
        ...none,
        frequency: { count: 1, period: 1, periodUnit: 'd' },
      });
    });
  });

  describe('when the text states none', () => {
    it('gives null', () => {
      expect(read('take 2 tablets with food')).toEqual({ ...none, frequency: null });
    });
  });
});
