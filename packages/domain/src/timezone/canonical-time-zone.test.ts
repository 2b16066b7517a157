import { canonicalTimeZone } from './canonical-time-zone';

describe('canonicalTimeZone', () => {
  describe('when the id is known', () => {
    it.each([
      ['America/New_York', 'America/New_York'],
      ['america/new_york', 'America/New_York'],
      [' Europe/London ', 'Europe/London'],
      ['utc', 'UTC'],
      ['+05:30', '+05:30'],
      ['Asia/Calcutta', 'Asia/Calcutta'],
    ])('returns %s as %s', (input, id) => {
      expect(canonicalTimeZone(input)).toBe(id);
    });
  });

  describe('when the id is unknown or not a bare id', () => {
    it.each(['', 'Mars/Olympus', '2026-01-01T00:00Z', '2026-01-01T00:00[UTC]', '+0530'])(
      'returns null for "%s"',
      (input) => {
        expect(canonicalTimeZone(input)).toBeNull();
      },
    );
  });
});
