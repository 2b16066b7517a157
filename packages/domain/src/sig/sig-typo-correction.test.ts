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
      ['nihgt', 'night'],
      ['brekfast', 'breakfast'],
      ['afetr', 'after'],
    ])('repairs "%s"', (word, fixed) => {
      expect(correctSigTypos(word)).toBe(fixed);
    });
  });

  describe('when the word is a real word', () => {
    it.each(['time', 'tape', 'month', 'dose', 'take', 'mane', 'alter', 'diner', 'yad', 'act'])(
      'keeps "%s"',
      (word) => {
        expect(correctSigTypos(word)).toBe(word);
      },
    );
  });

  describe('when a three-letter sig word has two letters swapped', () => {
    it.each([
      ['dya', 'day'],
      ['tba', 'tab'],
      ['cpa', 'cap'],
    ])('repairs "%s"', (word, fixed) => {
      expect(correctSigTypos(word)).toBe(fixed);
    });
  });
});
