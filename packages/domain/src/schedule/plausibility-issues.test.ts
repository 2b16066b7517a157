import type { SigStep } from '../sig/sig-reading';
import { buildSchedule, type BuildScheduleOptions } from './build-schedule';
import { LATEST_END_YEAR, MAX_COURSE_DAYS } from './plausibility-issues';
import { aSigReading, aSigStep, ONE_TABLET } from './sig-reading-builder';
import type { ScheduleResult } from './schedule-result';

const OPTIONS: BuildScheduleOptions = { timeZone: 'Europe/London', startDate: '2026-03-27' };
const DAILY: SigStep['frequency'] = { count: 1, period: 1, periodUnit: 'd' };
const NO_TABLETS = { min: 0, max: 0, unit: 'tablet' };

function businessRule(path: string, message: string): ScheduleResult {
  return {
    kind: 'needsClarification',
    issues: [{ severity: 'error', code: 'business-rule', path, message }],
  };
}

describe('plausibility checks in buildSchedule', () => {
  describe('when a dose is 0', () => {
    it('asks about a single step with a dose of 0', () => {
      const reading = aSigReading({ dose: NO_TABLETS, frequency: DAILY });

      expect(buildSchedule(reading, OPTIONS)).toEqual(
        businessRule(
          'reading.dose',
          'A dose of 0 cannot be taken; how much should be taken each time?',
        ),
      );
    });

    it('asks about a timed taper step with a dose of 0', () => {
      const reading = aSigReading({
        stepsType: 'sequential',
        steps: [
          aSigStep({ frequency: DAILY, duration: { value: 3, unit: 'd' } }),
          aSigStep({ dose: NO_TABLETS, frequency: DAILY, duration: { value: 3, unit: 'd' } }),
        ],
      });

      expect(buildSchedule(reading, OPTIONS)).toEqual(
        businessRule(
          'reading.steps[1].dose',
          'A dose of 0 cannot be taken; how much should be taken each time?',
        ),
      );
    });

    it('turns the off period of an on/off cycle into a phase without doses', () => {
      const reading = aSigReading({
        stepsType: 'sequential',
        steps: [
          aSigStep({ frequency: DAILY, duration: { value: 21, unit: 'd' } }),
          aSigStep({ dose: NO_TABLETS, duration: { value: 7, unit: 'd' } }),
        ],
      });

      expect(buildSchedule(reading, OPTIONS)).toEqual({
        kind: 'ok',
        schedule: {
          timeZone: 'Europe/London',
          startDate: '2026-03-27',
          endDate: '2026-04-23',
          maxDoses: null,
          phases: [
            {
              doses: [
                { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: ONE_TABLET },
              ],
              days: 21,
            },
            { doses: [], days: 7 },
          ],
        },
      });
    });
  });

  describe('when a duration is implausible', () => {
    it.each([
      [{ value: 0, unit: 'd' as const }, 'A course of 0 days cannot be right'],
      [{ value: -3, unit: 'd' as const }, 'A course of -3 days cannot be right'],
      [
        { value: MAX_COURSE_DAYS + 1, unit: 'd' as const },
        'A course of 3654 days is longer than ten years',
      ],
      [{ value: 132, unit: 'mo' as const }, 'A course of 132 months is longer than ten years'],
    ])('asks about %j with one issue', (duration, start) => {
      const reading = aSigReading({ frequency: DAILY, duration });

      expect(buildSchedule(reading, OPTIONS)).toEqual(
        businessRule('reading.duration', `${start}; how long should it be taken?`),
      );
    });

    it('accepts a course of exactly ten years', () => {
      const reading = aSigReading({
        frequency: DAILY,
        duration: { value: MAX_COURSE_DAYS, unit: 'd' },
      });

      const result = buildSchedule(reading, OPTIONS);

      expect(result.kind === 'ok' && result.schedule.endDate).toBe('2036-03-26');
    });

    it('asks only about the bad length of a taper step, not about the next step’s start', () => {
      const reading = aSigReading({
        stepsType: 'sequential',
        steps: [
          aSigStep({ frequency: DAILY, duration: { value: 0, unit: 'wk' } }),
          aSigStep({ frequency: DAILY, duration: { value: 3, unit: 'd' } }),
        ],
      });

      expect(buildSchedule(reading, OPTIONS)).toEqual(
        businessRule(
          'reading.steps[0].duration',
          'A course of 0 weeks cannot be right; how long should it be taken?',
        ),
      );
    });
  });

  describe(`when a course would end after ${LATEST_END_YEAR}`, () => {
    it('asks to check the start and the length', () => {
      const reading = aSigReading({ frequency: DAILY, duration: { value: 24, unit: 'mo' } });

      expect(buildSchedule(reading, { ...OPTIONS, startDate: '2099-06-01' })).toEqual(
        businessRule(
          'reading.duration',
          'This course would end on 2101-05-31, after 2100; please check the start date and how long it lasts.',
        ),
      );
    });
  });

  describe('when a reading names more clock times than reminders allow', () => {
    it('asks to check how often', () => {
      const timesOfDay = Array.from(
        { length: 13 },
        (_, hour) => `${String(hour + 8).padStart(2, '0')}:00`,
      );

      expect(buildSchedule(aSigReading({ timesOfDay }), OPTIONS)).toEqual(
        businessRule(
          'reading.timesOfDay',
          '13 doses a day is more than the 12 a day reminders allow; please check how often it should be taken.',
        ),
      );
    });
  });
});
