import { readLocalClock } from './local-clock';

describe('readLocalClock', () => {
  describe('when the zone is ahead of UTC across midnight', () => {
    it('returns the next local date', () => {
      const reading = readLocalClock(new Date('2026-03-07T23:30:00Z'), 'Asia/Kolkata');

      expect(reading).toEqual({ localDate: '2026-03-08', localTime: '05:00', weekday: 'Sunday' });
    });
  });

  describe('when the zone is on summer time', () => {
    it('applies the offset', () => {
      const reading = readLocalClock(new Date('2026-07-01T00:15:00Z'), 'America/New_York');

      expect(reading).toEqual({
        localDate: '2026-06-30',
        localTime: '20:15',
        weekday: 'Tuesday',
      });
    });
  });

  describe('when the zone is a fixed offset', () => {
    it('shifts by the offset', () => {
      const reading = readLocalClock(new Date('2026-12-04T20:00:00Z'), '+05:30');

      expect(reading).toEqual({ localDate: '2026-12-05', localTime: '01:30', weekday: 'Saturday' });
    });

    it('handles offsets west of UTC', () => {
      const reading = readLocalClock(new Date('2026-12-04T02:00:00Z'), '-03:00');

      expect(reading).toEqual({ localDate: '2026-12-03', localTime: '23:00', weekday: 'Thursday' });
    });
  });

  describe('when the zone is unknown', () => {
    it('throws a RangeError', () => {
      expect(() => readLocalClock(new Date(), 'Mars/Olympus')).toThrow(RangeError);
    });
  });
});
