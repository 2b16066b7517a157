import type { SigStep } from '../sig/sig-reading';
import { buildSchedule, type BuildScheduleOptions } from './build-schedule';
import type { DoseSchedule } from './dose-schedule';
import { dosesOnLocalDate } from './doses-on-local-date';
import { expandDoses } from './expand-doses';
import { aSigReading, aSigStep, ONE_TABLET } from './sig-reading-builder';

const daily = (count: number): SigStep['frequency'] => ({ count, period: 1, periodUnit: 'd' });
const AFTER_MEALS: SigStep['when'] = ['PCM', 'PCD', 'PCV'];
const EVERYTHING = { from: '2026-01-01T00:00:00Z', to: '2027-12-31T00:00:00Z' };

/** A 7-day course, three times a day after meals (08:30, 13:30 and 19:30 in London). */
const SEVEN_DAY_COURSE = aSigReading({
  frequency: daily(3),
  when: AFTER_MEALS,
  duration: { value: 7, unit: 'd' },
});

function scheduleOf(result: ReturnType<typeof buildSchedule>): DoseSchedule {
  if (result.kind !== 'ok') {
    throw new Error(`expected a schedule, got ${JSON.stringify(result.issues)}`);
  }
  return result.schedule;
}

function instants(schedule: DoseSchedule): string[] {
  return expandDoses(schedule, EVERYTHING).map((dose) => dose.at);
}

describe('course start (startAt / notBefore)', () => {
  describe('when a 7-day course of three doses a day is confirmed at 17:08', () => {
    const options: BuildScheduleOptions = {
      timeZone: 'Europe/London',
      startDate: '2026-12-04',
      startAt: '2026-12-04T17:08:00Z',
    };
    const schedule = scheduleOf(buildSchedule(SEVEN_DAY_COURSE, options));

    it('stores the start instant and ends on the eighth date', () => {
      expect(schedule).toEqual({
        timeZone: 'Europe/London',
        startDate: '2026-12-04',
        endDate: '2026-12-11',
        maxDoses: null,
        notBefore: '2026-12-04T17:08:00Z',
        phases: [
          {
            doses: [
              {
                pattern: { kind: 'daily', times: ['08:30', '13:30', '19:30'], everyNDays: 1 },
                dose: ONE_TABLET,
              },
            ],
            days: 7,
          },
        ],
      });
    });

    it('gives all 21 doses, from the first slot after the start to the last morning', () => {
      const all = instants(schedule);

      expect([all.length, all[0], all.at(-2), all.at(-1)]).toEqual([
        21,
        '2026-12-04T19:30:00Z',
        '2026-12-11T08:30:00Z',
        '2026-12-11T13:30:00Z',
      ]);
    });

    it('lists only the evening dose for the first day', () => {
      expect(dosesOnLocalDate(schedule, '2026-12-04')).toEqual([
        {
          at: '2026-12-04T19:30:00Z',
          localDate: '2026-12-04',
          localTime: '19:30',
          dose: ONE_TABLET,
          phaseIndex: 0,
          doseIndex: 0,
        },
      ]);
    });
  });

  describe('when a course starts part-way through the day before a spring-forward change', () => {
    const reading = aSigReading({
      frequency: daily(3),
      when: AFTER_MEALS,
      duration: { value: 3, unit: 'd' },
    });
    const schedule = scheduleOf(
      buildSchedule(reading, {
        timeZone: 'Europe/London',
        startDate: '2026-03-27',
        startAt: '2026-03-27T17:08:00Z',
      }),
    );

    it('gives 9 doses, ending before 17:08 local (16:08 UTC) on the day after the third', () => {
      expect([schedule.endDate, instants(schedule)]).toEqual([
        '2026-03-30',
        [
          '2026-03-27T19:30:00Z',
          '2026-03-28T08:30:00Z',
          '2026-03-28T13:30:00Z',
          '2026-03-28T19:30:00Z',
          '2026-03-29T07:30:00Z',
          '2026-03-29T12:30:00Z',
          '2026-03-29T18:30:00Z',
          '2026-03-30T07:30:00Z',
          '2026-03-30T12:30:00Z',
        ],
      ]);
    });
  });

  describe('when a taper starts at midday', () => {
    const step = (tablets: number): SigStep =>
      aSigStep({
        dose: { min: tablets, max: tablets, unit: 'tablet' },
        frequency: daily(2),
        duration: { value: 2, unit: 'd' },
      });
    const schedule = scheduleOf(
      buildSchedule(aSigReading({ steps: [step(2), step(1)], stepsType: 'sequential' }), {
        timeZone: 'Europe/London',
        startDate: '2026-12-04',
        startAt: '2026-12-04T12:00:00Z',
      }),
    );

    it('gives each phase its full four doses, the second starting where the first ends', () => {
      const doses = expandDoses(schedule, EVERYTHING).map((dose) => [dose.at, dose.phaseIndex]);

      expect([schedule.endDate, doses]).toEqual([
        '2026-12-08',
        [
          ['2026-12-04T20:00:00Z', 0],
          ['2026-12-05T08:00:00Z', 0],
          ['2026-12-05T20:00:00Z', 0],
          ['2026-12-06T08:00:00Z', 0],
          ['2026-12-06T20:00:00Z', 1],
          ['2026-12-07T08:00:00Z', 1],
          ['2026-12-07T20:00:00Z', 1],
          ['2026-12-08T08:00:00Z', 1],
        ],
      ]);
    });
  });

  describe('when a course ends by a number of doses', () => {
    it('counts from the first slot after the start', () => {
      const reading = aSigReading({ frequency: daily(3), when: AFTER_MEALS, count: 4 });
      const schedule = scheduleOf(
        buildSchedule(reading, {
          timeZone: 'Europe/London',
          startDate: '2026-12-04',
          startAt: '2026-12-04T17:08:00Z',
        }),
      );

      expect(instants(schedule)).toEqual([
        '2026-12-04T19:30:00Z',
        '2026-12-05T08:30:00Z',
        '2026-12-05T13:30:00Z',
        '2026-12-05T19:30:00Z',
      ]);
    });
  });

  describe('when the schedule is open-ended', () => {
    it('skips the slots before the start and nothing else', () => {
      const reading = aSigReading({ frequency: daily(3), when: AFTER_MEALS });
      const schedule = scheduleOf(
        buildSchedule(reading, {
          timeZone: 'Europe/London',
          startDate: '2026-12-04',
          startAt: '2026-12-04T13:30:00Z',
        }),
      );

      const firstDays = expandDoses(schedule, {
        from: '2026-12-01T00:00:00Z',
        to: '2026-12-05T12:00:00Z',
      });

      expect([schedule.endDate, firstDays.map((dose) => dose.at)]).toEqual([
        null,
        ['2026-12-04T13:30:00Z', '2026-12-04T19:30:00Z', '2026-12-05T08:30:00Z'],
      ]);
    });
  });

  describe('when the course starts on a later date than the start instant ("starting tomorrow")', () => {
    it('runs whole days from that date and keeps the nominal end date', () => {
      const schedule = scheduleOf(
        buildSchedule(SEVEN_DAY_COURSE, {
          timeZone: 'Europe/London',
          startDate: '2026-12-05',
          startAt: '2026-12-04T17:08:00Z',
        }),
      );
      const all = instants(schedule);

      expect([schedule.endDate, all.length, all[0], all.at(-1)]).toEqual([
        '2026-12-11',
        21,
        '2026-12-05T08:30:00Z',
        '2026-12-11T19:30:00Z',
      ]);
    });
  });

  describe('when the start instant is unusable', () => {
    it.each([
      ['tomorrow', '"tomorrow" is not an instant such as 2026-03-01T17:08:00Z.'],
      [
        '2026-12-06T09:00:00Z',
        'The course cannot start at 2026-12-06T09:00:00Z, after its first date 2026-12-05.',
      ],
    ])('reports "%s" as an issue', (startAt, message) => {
      const result = buildSchedule(SEVEN_DAY_COURSE, {
        timeZone: 'Europe/London',
        startDate: '2026-12-05',
        startAt,
      });

      expect(result).toEqual({
        kind: 'needsClarification',
        issues: [{ severity: 'error', code: 'value', path: 'options.startAt', message }],
      });
    });
  });
});
