import type { SigStep } from '../sig/sig-reading';
import { DEFAULT_DAY_ANCHORS } from './day-anchors';
import { aSigStep } from './sig-reading-builder';
import { patternForStep } from './step-pattern';

const daily = (count: number): SigStep['frequency'] => ({ count, period: 1, periodUnit: 'd' });

function outcome(step: SigStep): unknown {
  const result = patternForStep(step, DEFAULT_DAY_ANCHORS, 'reading');
  return result.kind === 'ok' ? [[result.pattern]] : result.issues;
}

describe('patternForStep', () => {
  describe('when a sig gives an interval', () => {
    it('runs every 8 hours from the morning anchor', () => {
      expect(outcome(aSigStep({ frequency: { count: 1, period: 8, periodUnit: 'h' } }))).toEqual([
        [{ kind: 'interval', firstTime: '08:00', everyHours: 8 }],
      ]);
    });

    it('runs from a stated first time', () => {
      const reading = aSigStep({
        frequency: { count: 1, period: 6, periodUnit: 'h' },
        timesOfDay: ['06:00'],
      });

      expect(outcome(reading)).toEqual([[{ kind: 'interval', firstTime: '06:00', everyHours: 6 }]]);
    });

    it('treats every 72 hours as every 3 days at a fixed clock time', () => {
      const reading = aSigStep({ frequency: { count: 1, period: 72, periodUnit: 'h' } });

      expect(outcome(reading)).toEqual([[{ kind: 'daily', times: ['08:00'], everyNDays: 3 }]]);
    });

    it('asks which interval when a range is given', () => {
      const reading = aSigStep({
        frequency: { count: 1, period: 4, periodUnit: 'h' },
        periodMax: 6,
      });

      expect(outcome(reading)).toEqual([
        {
          severity: 'error',
          code: 'incomplete',
          path: 'reading.periodMax',
          message: 'It says every 4 to 6 hours; which interval should reminders use?',
        },
      ]);
    });

    it('asks when the interval is shorter than an hour', () => {
      const reading = aSigStep({ frequency: { count: 1, period: 0.25, periodUnit: 'h' } });

      expect(outcome(reading)).toEqual([
        {
          severity: 'error',
          code: 'business-rule',
          path: 'reading.frequency',
          message:
            'Every 15 minutes is more often than reminders allow (at most every 1 hour); please check how often it should be taken.',
        },
      ]);
    });
  });

  describe('when a sig repeats over days, weeks or months', () => {
    it.each([
      [
        'every other day',
        { frequency: { count: 1, period: 2, periodUnit: 'd' } },
        { kind: 'daily', times: ['08:00'], everyNDays: 2 },
      ],
      [
        'once weekly',
        { frequency: { count: 1, period: 1, periodUnit: 'wk' } },
        { kind: 'daily', times: ['08:00'], everyNDays: 7 },
      ],
      [
        'fortnightly',
        { frequency: { count: 1, period: 2, periodUnit: 'wk' } },
        { kind: 'daily', times: ['08:00'], everyNDays: 14 },
      ],
      [
        'once weekly on Sunday',
        { frequency: { count: 1, period: 1, periodUnit: 'wk' }, dayOfWeek: ['sun'] },
        { kind: 'weekly', times: ['08:00'], daysOfWeek: ['sun'], everyNWeeks: 1 },
      ],
      [
        'on Mon, Wed and Fri',
        { dayOfWeek: ['mon', 'wed', 'fri'] },
        { kind: 'weekly', times: ['08:00'], daysOfWeek: ['mon', 'wed', 'fri'], everyNWeeks: 1 },
      ],
      [
        'twice daily on Mon, Wed and Fri',
        { frequency: daily(2), dayOfWeek: ['mon', 'wed', 'fri'] },
        {
          kind: 'weekly',
          times: ['08:00', '20:00'],
          daysOfWeek: ['mon', 'wed', 'fri'],
          everyNWeeks: 1,
        },
      ],
      [
        'every 3 months',
        { frequency: { count: 1, period: 3, periodUnit: 'mo' } },
        { kind: 'monthly', times: ['08:00'], everyNMonths: 3 },
      ],
      [
        'at bedtime every other day',
        { frequency: { count: 1, period: 2, periodUnit: 'd' }, when: ['HS'] },
        { kind: 'daily', times: ['22:00'], everyNDays: 2 },
      ],
    ] as const)('builds "%s"', (_text, fields, pattern) => {
      expect(outcome(aSigStep(fields))).toEqual([[pattern]]);
    });

    it('asks which days for a weekly count with no named days', () => {
      const reading = aSigStep({ frequency: { count: 3, period: 1, periodUnit: 'wk' } });

      expect(outcome(reading)).toEqual([
        {
          severity: 'error',
          code: 'incomplete',
          path: 'reading.dayOfWeek',
          message: 'It says 3 times a week; on which days of the week?',
        },
      ]);
    });
  });

  describe('when a step cannot be scheduled without asking', () => {
    it.each([
      [
        'no frequency or timing',
        {},
        'required',
        'reading.frequency',
        'It does not say how often or when to take it.',
      ],
      [
        'a single dose',
        { count: 1 },
        'required',
        'reading.count',
        'This is a single dose; when should it be taken?',
      ],
      [
        'a frequency range',
        { frequency: daily(1), frequencyMax: 2 },
        'incomplete',
        'reading.frequencyMax',
        'It says 1 to 2 times; how many times should reminders be set for?',
      ],
      [
        'several doses every few days',
        { frequency: { count: 3, period: 2, periodUnit: 'd' } },
        'not-supported',
        'reading.frequency',
        'It says 3 times every 2 days; on which days and at which times?',
      ],
      [
        'named days and every other day',
        { frequency: { count: 1, period: 2, periodUnit: 'd' }, dayOfWeek: ['mon'] },
        'incomplete',
        'reading.dayOfWeek',
        'It names days of the week and also says every few days; which is meant?',
      ],
      [
        'an interval on named days',
        { frequency: { count: 1, period: 8, periodUnit: 'h' }, dayOfWeek: ['mon'] },
        'incomplete',
        'reading.dayOfWeek',
        'It says every 8 hours and also names days of the week; which is meant?',
      ],
      [
        'a weekly count that differs from the named days',
        { frequency: { count: 3, period: 1, periodUnit: 'wk' }, dayOfWeek: ['mon', 'fri'] },
        'incomplete',
        'reading.dayOfWeek',
        'It says 3 times a week but names 2 days; which days are meant?',
      ],
      [
        'twice a month',
        { frequency: { count: 2, period: 1, periodUnit: 'mo' } },
        'not-supported',
        'reading.frequency',
        'It says 2 times a month; on which days?',
      ],
      [
        'a zero frequency',
        { frequency: { count: 0, period: 1, periodUnit: 'd' } },
        'value',
        'reading.frequency',
        '"0 times every 1 d" is not a usable frequency; how often should it be taken?',
      ],
      [
        'a fractional day period',
        { frequency: { count: 1, period: 1.5, periodUnit: 'd' } },
        'value',
        'reading.frequency',
        '"1 times every 1.5 d" is not a usable frequency; how often should it be taken?',
      ],
      [
        'a fractional dose count',
        { frequency: daily(1), count: 2.5 },
        'value',
        'reading.count',
        '"2.5 doses" is not a usable number of doses; how many doses in total?',
      ],
      [
        'before and after meals at once',
        { when: ['AC', 'PC'] },
        'incomplete',
        'reading.when',
        'It says both before and after (or with) meals.',
      ],
    ] as const)('asks about %s', (_case, fields, code, path, message) => {
      expect(outcome(aSigStep(fields as Partial<SigStep>))).toEqual([
        { severity: 'error', code, path, message },
      ]);
    });
  });

  describe('when a step is taken as needed', () => {
    it('has an as-needed pattern and no times, whatever its frequency', () => {
      const step = aSigStep({
        frequency: daily(3),
        when: ['PC'],
        asNeeded: true,
        asNeededFor: 'nausea',
      });

      expect(outcome(step)).toEqual([[{ kind: 'asNeeded', reason: 'nausea' }]]);
    });
  });
});
