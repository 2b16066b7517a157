import { normalizeSigText } from './sig-text-normalizer';

describe('normalizeSigText', () => {
  describe('when tokens are glued or dotted', () => {
    it.each([
      ['1 tabs po tidprnas needed for nausea', '1 tabs po tid prn for nausea'],
      ['maximum daily dose9 tablets', 'maximum daily dose 9 tablets'],
      ['prn for coughmdd 6 doses', 'prn for cough mdd 6 doses'],
      ['prn for painmax daily dose 4 tabs', 'prn for pain max daily dose 4 tabs'],
      ['1 tab po dailyx10 days', '1 tab po daily x 10 days'],
      ['1 tab q.i.d.', '1 tab qid'],
      ['1 tab q.8.h.', '1 tab q 8 h'],
      ['Take 500mg q6h', 'take 500 mg q 6 h'],
    ])('splits "%s"', (raw, normalized) => {
      expect(normalizeSigText(raw)).toBe(normalized);
    });
  });

  describe('when numbers are written as words, fractions or roman numerals', () => {
    it.each([
      ['take one tablet twice daily', 'take 1 tablet twice daily'],
      ['take half a tablet', 'take 0.5 tablet'],
      ['1/2 tab po bid', '0.5 tab po bid'],
      ['ii gtts ou tid', '2 gtts ou tid'],
      ['insert a suppository', 'insert 1 suppository'],
      ['take 1 one tablet 2 (two) times daily', 'take 1 tablet 2 times daily'],
    ])('writes "%s" with digits', (raw, normalized) => {
      expect(normalizeSigText(raw)).toBe(normalized);
    });
  });

  describe('when a meal is abbreviated', () => {
    it.each([
      ['1-0-0 bbf', '1-0-0 before breakfast'],
      ['1 tab abf', '1 tab after breakfast'],
    ])('spells out "%s"', (raw, normalized) => {
      expect(normalizeSigText(raw)).toBe(normalized);
    });
  });

  describe('when an amount is a mixed number', () => {
    it.each([
      ['take 2 and 1/2 tabs', 'take 2.5 tabs'],
      ['give 1 1/2 caps bid', 'give 1.5 caps bid'],
      ['take three and a half tablets', 'take 3.5 tablets'],
      ['take 1-1/2 tablets', 'take 1.5 tablets'],
      ['take 2½ tabs', 'take 2.5 tabs'],
      ['take ¼ tablet', 'take 0.25 tablet'],
    ])('writes "%s" as one decimal amount', (raw, normalized) => {
      expect(normalizeSigText(raw)).toBe(normalized);
    });

    it('keeps a range that starts with a fraction', () => {
      expect(normalizeSigText('take 1/2-1 tablet')).toBe('take 0.5-1 tablet');
    });
  });

  describe('when the text holds dates, typos or foreign words', () => {
    it('neutralises dates and ordinals', () => {
      expect(normalizeSigText('starting January 16, 2015, 4th dose')).toBe(
        'starting date , nth dose',
      );
    });

    it('repairs one-edit typos of sig words', () => {
      expect(normalizeSigText('Tkae 1 tabet 3 tiems a day')).toBe('take 1 tablet 3 times a day');
    });

    it('translates Spanish PRN wording', () => {
      expect(normalizeSigText('tome una tableta segn se necesite')).toBe('take 1 tablet as needed');
    });
  });
});
