import { maskSupplyNoise } from './sig-supply-noise';

describe('maskSupplyNoise', () => {
  describe('when the text holds supply, cycle, contact or offset numbers', () => {
    it.each([
      'must last 30 days',
      'dispense 21 tabs',
      'mitte : 3/12',
      '20 rf 0',
      'of 21-day cycle',
      'leave on for 8 hours',
      'wait 5 minutes',
      'in 1 l',
      '30 minutes before',
      'remove after 12 hours',
      'wear for 16 hours',
      'take it off after 8 h',
      'wait 10 minutes between drops',
      'wait 1 hour',
      'patch for up to 12 hours',
      '12 hours on , 12 hours off',
    ])('blanks the numbers in "%s"', (text) => {
      expect(maskSupplyNoise(text)).not.toMatch(/\d/);
    });
  });

  describe('when numbers are doses or intervals', () => {
    it.each([
      'take 2 tablets for 7 days',
      'infuse over 2 hours for 4 hours',
      'every 15 minutes',
      'q 15 min',
      'into the left eye every 2 hours',
      'every 12 hours on an empty stomach',
      'remove old patch and apply new patch every 72 hours',
    ])('keeps "%s"', (text) => {
      expect(maskSupplyNoise(text)).toBe(text);
    });
  });
});
