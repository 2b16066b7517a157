import { placeNameKey } from './place-name';

describe('placeNameKey', () => {
  describe('when folding names', () => {
    it.each([
      ['São Paulo', 'sao paulo'],
      ["St. John's", 'st johns'],
      ['Saint Petersburg', 'st petersburg'],
      ['  NEW   york ', 'new york'],
      ['Port-au-Prince', 'port au prince'],
      ['Zürich', 'zurich'],
      ['!!!', ''],
    ])('folds "%s" to "%s"', (name, key) => {
      expect(placeNameKey(name)).toBe(key);
    });
  });
});
