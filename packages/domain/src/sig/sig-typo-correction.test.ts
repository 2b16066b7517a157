import { correctSigTypos } from './sig-typo-correction';

describe('correctSigTypos', () => {
  describe('when a sig word is one edit off', () => {
    it.each([
      ['tkae', 'take'],
      ['tabet', 'tablet'],
      ['tiems', 'times'],
      ['wekes', 'weeks'],
      ['dyas', 'days'],
      ['twise', 'twice'],
    ])('repairs "%s"', (word, fixed) => {
      expect(correctSigTypos(word)).toBe(fixed);
    });
  });

  describe('when the word is a real word', () => {
    it.each(['time', 'tape', 'month', 'dose', 'take', 'mane'])('keeps "%s"', (word) => {
      expect(correctSigTypos(word)).toBe(word);
    });
  });
});
