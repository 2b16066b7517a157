import { extractDoseCount, extractSingleDose } from './sig-dose-count';

describe('extractDoseCount', () => {
  describe('when the text counts administrations', () => {
    it.each([
      ['500 mg x 5 doses', 5],
      ['for 10 times', 10],
      ['for 16 cycles', 16],
    ])('reads "%s" as %i', (text, count) => {
      expect(extractDoseCount(text).count).toBe(count);
    });
  });

  describe('when a number counts days', () => {
    it('reads no count', () => {
      expect(extractDoseCount('x 5 days')).toEqual({ count: null, text: 'x 5 days' });
    });
  });
});

describe('extractSingleDose', () => {
  describe('when the text gives one-off wording', () => {
    it.each([
      '1 im stat',
      'orally once please mix',
      'take 2 now',
      'take 1 tablet 1 time',
      '2 tabs po x1',
      '4 g iv x 1 , then',
    ])('reads "%s" as a single dose', (text) => {
      expect(extractSingleDose(text).count).toBe(1);
    });
  });

  describe('when "once" starts a frequency', () => {
    it.each(['once daily', 'once a week', 'once or twice', 'x 1 day'])(
      'reads no count in "%s"',
      (text) => {
        expect(extractSingleDose(text).count).toBeNull();
      },
    );
  });
});
