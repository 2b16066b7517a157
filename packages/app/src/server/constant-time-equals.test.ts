import { constantTimeEquals } from './constant-time-equals';

describe('constantTimeEquals', () => {
  describe('when the values match', () => {
    it('returns true', () => {
      expect(constantTimeEquals('s3cret-token', 's3cret-token')).toBe(true);
    });
  });

  describe('when the values differ in content or length', () => {
    it('returns false without throwing on unequal lengths', () => {
      expect([
        constantTimeEquals('s3cret-token', 's3cret-tokeN'),
        constantTimeEquals('short', 's3cret-token'),
        constantTimeEquals('', 's3cret-token'),
      ]).toEqual([false, false, false]);
    });
  });
});
