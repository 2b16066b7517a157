import { blank, maskMatches, maskNoise } from './sig-text-mask';

describe('maskMatches', () => {
  describe('when the pattern matches', () => {
    it('reads each match and blanks it with the same length', () => {
      const result = maskMatches('take 2 then 3', /\d/g, (m) => Number(m[0]));
      expect(result).toEqual({
        found: [
          { value: 2, index: 5 },
          { value: 3, index: 12 },
        ],
        text: 'take | then |',
      });
    });
  });

  describe('when the reader declines a match', () => {
    it('leaves that match as it was', () => {
      expect(maskMatches('a1 b2', /\d/g, (m) => (m[0] === '1' ? 1 : null)).text).toBe('a| b2');
    });
  });
});

describe('maskNoise', () => {
  describe('when noise is present', () => {
    it('blanks it', () => {
      expect(maskNoise('x 20 rf 0', /\d+ rf \d+/g)).toBe('x  |     ');
    });
  });
});

describe('blank', () => {
  describe('when asked for a length', () => {
    it('returns a marker of exactly that length', () => {
      expect([blank(1), blank(2), blank(5)]).toEqual(['|', '| ', ' |   ']);
    });
  });
});
