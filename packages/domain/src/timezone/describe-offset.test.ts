import { describeOffset } from './describe-offset';

describe('describeOffset', () => {
  describe('when the zone changes its clocks', () => {
    it.each([
      ['Europe/London', '2026-01-15T12:00:00Z', 'Europe/London, now UTC+00:00'],
      ['Europe/London', '2026-07-15T12:00:00Z', 'Europe/London, now UTC+01:00'],
      ['america/new_york', '2026-01-15T12:00:00Z', 'America/New_York, now UTC\u221205:00'],
      // 01:00 UTC on 29 March 2026 is the instant London moves to summer time.
      ['Europe/London', '2026-03-29T00:59:59Z', 'Europe/London, now UTC+00:00'],
      ['Europe/London', '2026-03-29T01:00:00Z', 'Europe/London, now UTC+01:00'],
    ])('describes %s at %s as "%s"', (timeZone, at, text) => {
      expect(describeOffset(timeZone, at)).toBe(text);
    });

    it('gives a zone without daylight saving its offset at that moment', () => {
      expect(describeOffset('Asia/Kathmandu', '2026-07-15T12:00:00Z')).toBe(
        'Asia/Kathmandu, now UTC+05:45',
      );
    });
  });

  describe('when the zone is a fixed offset', () => {
    it('states the real offset, not the inverted POSIX sign', () => {
      expect(describeOffset('Etc/GMT+5', '2026-07-15T12:00:00Z')).toBe(
        'UTC\u221205:00 (fixed, no daylight saving)',
      );
    });
  });

  describe('when the input is malformed', () => {
    it('throws RangeError for an unknown zone', () => {
      expect(() => describeOffset('Mars/Olympus', '2026-07-15T12:00:00Z')).toThrow(
        new RangeError('Unknown time zone "Mars/Olympus".'),
      );
    });

    it('throws RangeError for a moment that is not an instant', () => {
      expect(() => describeOffset('Europe/London', 'tomorrow')).toThrow(RangeError);
    });
  });
});
