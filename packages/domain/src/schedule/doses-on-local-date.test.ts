import type { DoseSchedule } from './dose-schedule';
import { dosesOnLocalDate } from './doses-on-local-date';

function dailySchedule(timeZone: string, times: string[]): DoseSchedule {
  return {
    timeZone,
    startDate: '2026-01-01',
    endDate: null,
    maxDoses: null,
    phases: [
      { doses: [{ pattern: { kind: 'daily', times, everyNDays: 1 }, dose: null }], days: null },
    ],
  };
}

describe('dosesOnLocalDate', () => {
  describe('when the zone is far from UTC', () => {
    it('returns the doses of the local day, not the UTC day', () => {
      const doses = dosesOnLocalDate(
        dailySchedule('Pacific/Auckland', ['00:30', '08:00', '23:30']),
        '2026-06-15',
      );

      expect(doses.map((dose) => [dose.at, dose.localTime])).toEqual([
        ['2026-06-14T12:30:00Z', '00:30'],
        ['2026-06-14T20:00:00Z', '08:00'],
        ['2026-06-15T11:30:00Z', '23:30'],
      ]);
    });
  });

  describe('when the clocks spring forward that day', () => {
    it('keeps the dose moved by the gap on its planned day', () => {
      const doses = dosesOnLocalDate(
        dailySchedule('America/New_York', ['02:30', '08:00']),
        '2026-03-08',
      );

      expect(doses.map((dose) => [dose.at, dose.localDate, dose.localTime])).toEqual([
        ['2026-03-08T07:30:00Z', '2026-03-08', '02:30'],
        ['2026-03-08T12:00:00Z', '2026-03-08', '08:00'],
      ]);
    });
  });

  describe('when the clocks fall back that day', () => {
    it('lists a repeated time once', () => {
      const doses = dosesOnLocalDate(dailySchedule('Europe/London', ['01:30']), '2026-10-25');

      expect(doses.map((dose) => dose.at)).toEqual(['2026-10-25T00:30:00Z']);
    });
  });

  describe('when the date is malformed', () => {
    it('throws a RangeError', () => {
      expect(() => dosesOnLocalDate(dailySchedule('UTC', ['08:00']), '2026-02-30')).toThrow(
        RangeError,
      );
    });
  });
});
