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
      '3 tabs right away',
      'give 2 straight away',
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

  describe('when a bare number follows a repeat interval', () => {
    it.each([
      ['1 spray q 10 min x 2', 2],
      ['q 20 minutes times 3', 3],
      ['every 10 minutes up to 2 times', 2],
      ['q 1 h max of 6', 6],
    ])('reads "%s" as a count of administrations', (text, count) => {
      expect(extractDoseCount(text).count).toBe(count);
    });

    it.each(['q 8 h x 7 days', 'q 6 h x 2 weeks', 'every 4 hours x 2 tabs'])(
      'reads no count in "%s"',
      (text) => {
        expect(extractDoseCount(text).count).toBeNull();
      },
    );
  });
});
