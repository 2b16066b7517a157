import type { DosePattern, DoseSchedule } from './dose-schedule';
import { DST_CASES } from './dst-cases';
import { expandDoses } from './expand-doses';

const ONE_TABLET = { min: 1, max: 1, unit: 'tablet' };

function single(pattern: DosePattern, timeZone: string, startDate: string): DoseSchedule {
  return {
    timeZone,
    startDate,
    endDate: null,
    maxDoses: null,
    phases: [{ doses: [{ pattern, dose: ONE_TABLET }], days: null }],
  };
}

describe('DST_CASES', () => {
  describe('when the clocks change (DST table)', () => {
    it.each(DST_CASES.map((c) => [c.timeZone, c.name, c] as const))('%s: %s', (_zone, _name, c) => {
      const schedule = single(c.pattern, c.timeZone, c.startDate);

      const doses = expandDoses(schedule, c.range);

      expect(doses.map((dose) => dose.at)).toEqual(c.expected);
    });

    it('keeps the planned local time of a dose moved by a spring-forward gap', () => {
      const schedule = single(
        { kind: 'daily', times: ['02:30'], everyNDays: 1 },
        'America/New_York',
        '2026-03-08',
      );

      const doses = expandDoses(schedule, {
        from: '2026-03-08T00:00:00Z',
        to: '2026-03-09T00:00:00Z',
      });

      expect(doses).toEqual([
        {
          at: '2026-03-08T07:30:00Z',
          localDate: '2026-03-08',
          localTime: '02:30',
          dose: ONE_TABLET,
          phaseIndex: 0,
          doseIndex: 0,
        },
      ]);
    });

    it('gives interval doses the local time at which they fall', () => {
      const schedule = single(
        { kind: 'interval', firstTime: '20:00', everyHours: 6 },
        'America/New_York',
        '2026-10-31',
      );

      const doses = expandDoses(schedule, {
        from: '2026-11-01T00:00:00Z',
        to: '2026-11-01T12:00:00Z',
      });

      expect(doses.map((dose) => [dose.at, dose.localDate, dose.localTime])).toEqual([
        ['2026-11-01T00:00:00Z', '2026-10-31', '20:00'],
        ['2026-11-01T06:00:00Z', '2026-11-01', '01:00'],
      ]);
    });
  });
});
