import { utcOffsetText } from './utc-offset-text';

describe('utcOffsetText', () => {
  describe('when given an offset in minutes', () => {
    it.each([
      [345, 'UTC+05:45'],
      [-300, 'UTC\u221205:00'],
      [-210, 'UTC\u221203:30'],
      [0, 'UTC+00:00'],
      [840, 'UTC+14:00'],
    ])('writes %i as %s, with a true minus sign', (minutes, text) => {
      expect(utcOffsetText(minutes)).toBe(text);
    });
  });
});
