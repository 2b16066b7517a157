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

  describe('when a three-letter word has two letters swapped or one dropped', () => {
    it.each([
      ['dya', 'day'],
      ['tba', 'tab'],
      ['cpa', 'cap'],
      ['tke', 'take'],
      ['dys', 'days'],
    ])('repairs "%s"', (word, fixed) => {
      expect(correctSigTypos(word)).toBe(fixed);
    });
  });

  describe('when a word is spelled the way people chat', () => {
    it.each([
      ['nites', 'nights'],
      ['brekkie', 'breakfast'],
    ])('repairs "%s"', (word, fixed) => {
      expect(correctSigTypos(word)).toBe(fixed);
    });
  });
});
