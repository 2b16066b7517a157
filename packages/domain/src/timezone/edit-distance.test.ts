import { editDistance } from './edit-distance';

describe('editDistance', () => {
  describe('when comparing strings', () => {
    it.each([
      ['', '', 0],
      ['abc', '', 3],
      ['', 'abc', 3],
      ['london', 'london', 0],
      ['londn', 'london', 1],
      ['sidney', 'sydney', 1],
      ['amercia', 'america', 1],
      ['kitten', 'sitting', 3],
    ])('gives %s → %s a distance of %i', (a, b, distance) => {
      expect(editDistance(a, b)).toBe(distance);
    });
  });
});
