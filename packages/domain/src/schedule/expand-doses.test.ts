import type { DoseInstant, DosePattern, DoseSchedule, SchedulePhase } from './dose-schedule';
import { expandDoses } from './expand-doses';

const ONE_TABLET = { min: 1, max: 1, unit: 'tablet' };
const TWO_TABLETS = { min: 2, max: 2, unit: 'tablet' };

function scheduleOf(overrides: Partial<DoseSchedule> & { phases: SchedulePhase[] }): DoseSchedule {
  return {
    timeZone: 'Europe/London',
    startDate: '2026-01-05',
    endDate: null,
    maxDoses: null,
    ...overrides,
  };
}

function single(pattern: DosePattern, overrides: Partial<DoseSchedule> = {}): DoseSchedule {
  return scheduleOf({
    ...overrides,
    phases: [{ doses: [{ pattern, dose: ONE_TABLET }], days: null }],
  });
}

function instantsOf(doses: readonly DoseInstant[]): string[] {
  return doses.map((dose) => dose.at);
}

describe('expandDoses', () => {
  describe('when the range edges fall on dose instants', () => {
    const schedule = single({ kind: 'daily', times: ['00:00', '12:00'], everyNDays: 1 });

    it('includes a dose at `from` and excludes a dose at `to`', () => {
      const doses = expandDoses(schedule, {
        from: '2026-01-06T00:00:00Z',
        to: '2026-01-07T00:00:00Z',
      });

      expect(instantsOf(doses)).toEqual(['2026-01-06T00:00:00Z', '2026-01-06T12:00:00Z']);
    });

    it('returns nothing for an empty or reversed range', () => {
      expect(
        expandDoses(schedule, { from: '2026-01-07T00:00:00Z', to: '2026-01-07T00:00:00Z' }),
      ).toEqual([]);
      expect(
        expandDoses(schedule, { from: '2026-01-08T00:00:00Z', to: '2026-01-07T00:00:00Z' }),
      ).toEqual([]);
    });

    it('starts no earlier than the start date', () => {
      const doses = expandDoses(schedule, {
        from: '2026-01-01T00:00:00Z',
        to: '2026-01-05T13:00:00Z',
      });

      expect(instantsOf(doses)).toEqual(['2026-01-05T00:00:00Z', '2026-01-05T12:00:00Z']);
    });

    it('accepts range ends written with an offset', () => {
      const doses = expandDoses(schedule, {
        from: '2026-01-06T05:30:00+05:30',
        to: '2026-01-06T12:00:00+00:00',
      });

      expect(instantsOf(doses)).toEqual(['2026-01-06T00:00:00Z']);
    });
  });

  describe('when a schedule has an end', () => {
    it('stops after the inclusive end date', () => {
      const schedule = single(
        { kind: 'daily', times: ['08:00'], everyNDays: 1 },
        { endDate: '2026-01-07' },
      );

      const doses = expandDoses(schedule, {
        from: '2026-01-01T00:00:00Z',
        to: '2026-02-01T00:00:00Z',
      });

      expect(instantsOf(doses)).toEqual([
        '2026-01-05T08:00:00Z',
        '2026-01-06T08:00:00Z',
        '2026-01-07T08:00:00Z',
      ]);
    });

    it('stops after maxDoses counted from the start, even when the range starts later', () => {
      const schedule = single(
        { kind: 'daily', times: ['08:00', '20:00'], everyNDays: 1 },
        { maxDoses: 5 },
      );

      const doses = expandDoses(schedule, {
        from: '2026-01-06T12:00:00Z',
        to: '2026-02-01T00:00:00Z',
      });

      expect(instantsOf(doses)).toEqual(['2026-01-06T20:00:00Z', '2026-01-07T08:00:00Z']);
    });
  });

  describe('when phases follow one another (a taper)', () => {
    const taper = scheduleOf({
      startDate: '2026-01-05',
      endDate: '2026-01-10',
      phases: [
        {
          doses: [
            { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: TWO_TABLETS },
          ],
          days: 2,
        },
        {
          doses: [
            { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: ONE_TABLET },
          ],
          days: 4,
        },
      ],
    });

    it('runs each phase for its days, then the next', () => {
      const doses = expandDoses(taper, {
        from: '2026-01-01T00:00:00Z',
        to: '2026-02-01T00:00:00Z',
      });

      expect(doses.map((dose) => [dose.localDate, dose.dose?.min, dose.phaseIndex])).toEqual([
        ['2026-01-05', 2, 0],
        ['2026-01-06', 2, 0],
        ['2026-01-07', 1, 1],
        ['2026-01-08', 1, 1],
        ['2026-01-09', 1, 1],
        ['2026-01-10', 1, 1],
      ]);
    });

    it('expands a window in the middle of a later phase', () => {
      const doses = expandDoses(taper, {
        from: '2026-01-09T00:00:00Z',
        to: '2026-01-10T00:00:00Z',
      });

      expect(doses).toEqual([
        {
          at: '2026-01-09T08:00:00Z',
          localDate: '2026-01-09',
          localTime: '08:00',
          dose: ONE_TABLET,
          phaseIndex: 1,
          doseIndex: 0,
        },
      ]);
    });

    it('starts the phase after a counted phase on the day after its last dose', () => {
      const schedule = scheduleOf({
        startDate: '2026-01-05',
        phases: [
          {
            doses: [
              {
                pattern: {
                  kind: 'weekly',
                  times: ['09:00'],
                  daysOfWeek: ['mon', 'wed', 'fri'],
                  everyNWeeks: 1,
                },
                dose: ONE_TABLET,
              },
            ],
            days: null,
            maxDoses: 4,
          },
          {
            doses: [
              { pattern: { kind: 'monthly', times: ['09:00'], everyNMonths: 3 }, dose: ONE_TABLET },
            ],
            days: null,
          },
        ],
      });

      const doses = expandDoses(schedule, {
        from: '2026-01-01T00:00:00Z',
        to: '2026-07-01T00:00:00Z',
      });

      expect(doses.map((dose) => [dose.localDate, dose.phaseIndex])).toEqual([
        ['2026-01-05', 0],
        ['2026-01-07', 0],
        ['2026-01-09', 0],
        ['2026-01-12', 0],
        ['2026-01-13', 1],
        ['2026-04-13', 1],
      ]);
    });
  });

  describe('when doses run side by side in one phase', () => {
    it('merges them in time order with their own amounts', () => {
      const schedule = scheduleOf({
        phases: [
          {
            doses: [
              { pattern: { kind: 'daily', times: ['22:00'], everyNDays: 1 }, dose: ONE_TABLET },
              { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: TWO_TABLETS },
              { pattern: { kind: 'asNeeded', reason: 'pain' }, dose: ONE_TABLET },
            ],
            days: null,
          },
        ],
      });

      const doses = expandDoses(schedule, {
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-06T00:00:00Z',
      });

      expect(doses.map((dose) => [dose.localTime, dose.dose?.min, dose.doseIndex])).toEqual([
        ['08:00', 2, 1],
        ['22:00', 1, 0],
      ]);
    });
  });

  describe('when the pattern repeats over days, weeks or months', () => {
    const january = { from: '2026-01-01T00:00:00Z', to: '2026-02-01T00:00:00Z' };

    it('takes every other day from the start date', () => {
      const doses = expandDoses(
        single({ kind: 'daily', times: ['08:00'], everyNDays: 2 }, { endDate: '2026-01-12' }),
        january,
      );

      expect(doses.map((dose) => dose.localDate)).toEqual([
        '2026-01-05',
        '2026-01-07',
        '2026-01-09',
        '2026-01-11',
      ]);
    });

    it('alternates two every-other-day doses by their day offsets', () => {
      const schedule = scheduleOf({
        endDate: '2026-01-08',
        phases: [
          {
            doses: [
              {
                pattern: { kind: 'daily', times: ['08:00'], everyNDays: 2, offsetDays: 0 },
                dose: ONE_TABLET,
              },
              {
                pattern: { kind: 'daily', times: ['08:00'], everyNDays: 2, offsetDays: 1 },
                dose: TWO_TABLETS,
              },
            ],
            days: null,
          },
        ],
      });

      const doses = expandDoses(schedule, january);

      expect(doses.map((dose) => [dose.localDate, dose.dose?.min])).toEqual([
        ['2026-01-05', 1],
        ['2026-01-06', 2],
        ['2026-01-07', 1],
        ['2026-01-08', 2],
      ]);
    });

    it('takes the named weekdays, every second week counted from the start week', () => {
      const pattern: DosePattern = {
        kind: 'weekly',
        times: ['08:00'],
        daysOfWeek: ['tue', 'sun'],
        everyNWeeks: 2,
      };

      const doses = expandDoses(single(pattern, { startDate: '2026-01-07' }), january);

      expect(doses.map((dose) => dose.localDate)).toEqual([
        '2026-01-11',
        '2026-01-20',
        '2026-01-25',
      ]);
    });

    it('keeps the day of the month, falling back to the last day of a short month', () => {
      const pattern: DosePattern = { kind: 'monthly', times: ['08:00'], everyNMonths: 1 };

      const doses = expandDoses(single(pattern, { startDate: '2026-01-31' }), {
        from: '2026-01-01T00:00:00Z',
        to: '2026-05-01T00:00:00Z',
      });

      expect(doses.map((dose) => dose.localDate)).toEqual([
        '2026-01-31',
        '2026-02-28',
        '2026-03-31',
        '2026-04-30',
      ]);
    });

    it('continues an interval across midnight from the first dose time', () => {
      const doses = expandDoses(single({ kind: 'interval', firstTime: '06:00', everyHours: 8 }), {
        from: '2026-01-05T00:00:00Z',
        to: '2026-01-07T00:00:00Z',
      });

      expect(doses.map((dose) => `${dose.localDate} ${dose.localTime}`)).toEqual([
        '2026-01-05 06:00',
        '2026-01-05 14:00',
        '2026-01-05 22:00',
        '2026-01-06 06:00',
        '2026-01-06 14:00',
        '2026-01-06 22:00',
      ]);
    });
  });

  describe('when a medicine is taken only as needed', () => {
    it('yields no instants', () => {
      const doses = expandDoses(single({ kind: 'asNeeded', reason: 'pain' }), {
        from: '2026-01-01T00:00:00Z',
        to: '2027-01-01T00:00:00Z',
      });

      expect(doses).toEqual([]);
    });
  });

  describe('when the schedule or range is malformed', () => {
    const range = { from: '2026-01-05T00:00:00Z', to: '2026-01-06T00:00:00Z' };

    it('throws a RangeError for a non-positive interval', () => {
      const schedule = single({ kind: 'interval', firstTime: '08:00', everyHours: 0 });

      expect(() => expandDoses(schedule, range)).toThrow(
        new RangeError('Malformed interval pattern in a dose schedule.'),
      );
    });

    it('throws a RangeError for a bad clock time', () => {
      const schedule = single({ kind: 'daily', times: ['8am'], everyNDays: 1 });

      expect(() => expandDoses(schedule, range)).toThrow(
        new RangeError('Malformed daily pattern in a dose schedule.'),
      );
    });

    it('throws a RangeError for an unknown zone', () => {
      const schedule = single(
        { kind: 'daily', times: ['08:00'], everyNDays: 1 },
        { timeZone: 'Mars/Olympus' },
      );

      expect(() => expandDoses(schedule, range)).toThrow(RangeError);
    });
  });
});
