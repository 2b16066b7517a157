import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { SigReading, SigStep } from '../sig/sig-reading';
import { aSigReading as aReading, aSigStep, ONE_TABLET } from './sig-reading-builder';
import { buildSchedule, type BuildScheduleOptions } from './build-schedule';
import type { DoseSchedule, SchedulePhase } from './dose-schedule';
import { expandDoses } from './expand-doses';
import type { ScheduleResult } from './schedule-result';

const OPTIONS: BuildScheduleOptions = { timeZone: 'Europe/London', startDate: '2026-03-27' };

const daily = (count: number): SigStep['frequency'] => ({ count, period: 1, periodUnit: 'd' });

function okSchedule(
  phases: SchedulePhase[],
  overrides: Partial<DoseSchedule> = {},
): ScheduleResult {
  const schedule: DoseSchedule = {
    timeZone: 'Europe/London',
    startDate: '2026-03-27',
    endDate: null,
    maxDoses: null,
    phases,
    ...overrides,
  };
  return { kind: 'ok', schedule };
}

function onePhase(times: string[], everyNDays = 1): SchedulePhase[] {
  return [
    { doses: [{ pattern: { kind: 'daily', times, everyNDays }, dose: ONE_TABLET }], days: null },
  ];
}

function timesOf(result: ScheduleResult): unknown {
  if (result.kind !== 'ok') {
    return result.issues;
  }
  return result.schedule.phases.map((phase) => phase.doses.map((dose) => dose.pattern));
}

describe('buildSchedule', () => {
  describe('when a sig says N times a day and nothing else', () => {
    it.each([
      [1, ['08:00']],
      [2, ['08:00', '20:00']],
      [3, ['08:00', '14:00', '20:00']],
      [4, ['08:00', '12:00', '16:00', '20:00']],
      [5, ['07:00', '10:45', '14:30', '18:15', '22:00']],
      [8, ['07:00', '09:10', '11:15', '13:25', '15:35', '17:45', '19:50', '22:00']],
    ])('spreads %i doses over the default waking-day times', (count, times) => {
      const result = buildSchedule(aReading({ frequency: daily(count) }), OPTIONS);

      expect(result).toEqual(okSchedule(onePhase(times)));
    });

    it('asks to check more doses a day than reminders can sensibly cover', () => {
      const result = buildSchedule(aReading({ frequency: daily(13) }), OPTIONS);

      expect(result).toEqual({
        kind: 'needsClarification',
        issues: [
          {
            severity: 'error',
            code: 'business-rule',
            path: 'reading.frequency',
            message:
              '13 doses a day is more than the 12 a day reminders allow; please check how often it should be taken.',
          },
        ],
      });
    });
  });

  describe('when a sig names times of day or meals', () => {
    it.each([
      ['twice daily with meals', { frequency: daily(2), when: ['C'] }, ['08:00', '19:00']],
      [
        'three times daily after food',
        { frequency: daily(3), when: ['PC'] },
        ['08:30', '13:30', '19:30'],
      ],
      ['with meals (no count)', { when: ['C'] }, ['08:00', '13:00', '19:00']],
      ['once daily before breakfast', { frequency: daily(1), when: ['ACM'] }, ['07:30']],
      ['after meals and at bedtime', { when: ['PC', 'HS'] }, ['08:30', '13:30', '19:30', '22:00']],
      [
        '1-0-1 (morning and night)',
        { frequency: daily(2), when: ['MORN', 'NIGHT'] },
        ['08:00', '21:00'],
      ],
      ['first thing in the morning', { when: ['WAKE'] }, ['07:00']],
      [
        'noon, afternoon and evening',
        { when: ['EVE', 'NOON', 'AFT'] },
        ['12:00', '15:00', '18:00'],
      ],
      ['with lunch and dinner', { when: ['CD', 'CV'] }, ['13:00', '19:00']],
      ['after lunch, before dinner', { when: ['PCD', 'ACV'] }, ['13:30', '18:30']],
    ] as const)('maps "%s" to anchor times', (_text, fields, times) => {
      const result = buildSchedule(aReading(fields), OPTIONS);

      expect(result).toEqual(okSchedule(onePhase([...times])));
    });

    it('uses the patient’s own anchors and meal offset', () => {
      const anchors = { breakfast: '06:30', bedtime: '23:15', mealOffsetMinutes: 15 };

      const result = buildSchedule(aReading({ when: ['ACM', 'HS'] }), { ...OPTIONS, anchors });

      expect(result).toEqual(okSchedule(onePhase(['06:15', '23:15'])));
    });

    it('lets explicit clock times win over the default times', () => {
      const result = buildSchedule(
        aReading({ frequency: daily(2), timesOfDay: ['20:30', '06:00'] }),
        OPTIONS,
      );

      expect(result).toEqual(okSchedule(onePhase(['06:00', '20:30'])));
    });

    it('asks when the count and the named times disagree', () => {
      const result = buildSchedule(aReading({ frequency: daily(2), when: ['MORN'] }), OPTIONS);

      expect(result).toEqual({
        kind: 'needsClarification',
        issues: [
          {
            severity: 'error',
            code: 'incomplete',
            path: 'reading.when',
            message: 'It says 2 times a day but names 1 times of day.',
          },
        ],
      });
    });

    it('asks which meals when the count does not fit the meals', () => {
      const result = buildSchedule(aReading({ frequency: daily(5), when: ['C'] }), OPTIONS);

      expect(timesOf(result)).toEqual([
        {
          severity: 'error',
          code: 'incomplete',
          path: 'reading.when',
          message: 'It says 5 times a day with meals; which meals are meant?',
        },
      ]);
    });

    it('rejects a clock time that is not HH:MM', () => {
      const result = buildSchedule(aReading({ timesOfDay: ['25:00'] }), OPTIONS);

      expect(timesOf(result)).toEqual([
        {
          severity: 'error',
          code: 'value',
          path: 'reading.timesOfDay',
          message: '"25:00" is not a time of day (HH:MM).',
        },
      ]);
    });
  });

  describe('when a medicine is taken as needed', () => {
    it('gets only an as-needed pattern, even with a frequency', () => {
      const reading = aReading({
        frequency: { count: 1, period: 6, periodUnit: 'h' },
        periodMax: 8,
        asNeeded: true,
        asNeededFor: 'pain',
        count: 2,
      });

      const result = buildSchedule(reading, OPTIONS);

      expect(result).toEqual(
        okSchedule([
          {
            doses: [{ pattern: { kind: 'asNeeded', reason: 'pain' }, dose: ONE_TABLET }],
            days: null,
          },
        ]),
      );
    });
  });

  describe('when a sig has an end', () => {
    it('ends a 7-day course on the sixth day after the start', () => {
      const result = buildSchedule(
        aReading({ frequency: daily(1), duration: { value: 7, unit: 'd' } }),
        OPTIONS,
      );

      expect(result).toEqual(
        okSchedule([{ ...onePhase(['08:00'])[0]!, days: 7 }], { endDate: '2026-04-02' }),
      );
    });

    it('counts a month from the start date by the calendar', () => {
      const reading = aReading({ frequency: daily(1), duration: { value: 1, unit: 'mo' } });

      const result = buildSchedule(reading, { ...OPTIONS, startDate: '2026-01-31' });

      expect(
        result.kind === 'ok' && [result.schedule.endDate, result.schedule.phases[0]?.days],
      ).toEqual(['2026-02-27', 28]);
    });

    it('ends after a number of doses', () => {
      const reading = aReading({ frequency: daily(3), when: ['PCM', 'PCD', 'PCV'], count: 5 });

      expect(buildSchedule(reading, OPTIONS)).toEqual(
        okSchedule(onePhase(['08:30', '13:30', '19:30']), { maxDoses: 5 }),
      );
    });

    it('asks about a duration that is not whole days', () => {
      const reading = aReading({ frequency: daily(1), duration: { value: 36, unit: 'h' } });

      expect(timesOf(buildSchedule(reading, OPTIONS))).toEqual([
        {
          severity: 'error',
          code: 'value',
          path: 'reading.duration',
          message: 'A duration of 36 h is not a whole number of days; how many days is meant?',
        },
      ]);
    });
  });

  describe('when a taper has a length', () => {
    it('ends the schedule on the last day of the last phase', () => {
      const step = (count: number): SigStep =>
        aSigStep({
          dose: { min: count, max: count, unit: 'tablet' },
          frequency: daily(1),
          duration: { value: 2, unit: 'd' },
        });

      const result = buildSchedule(
        aReading({ steps: [step(2), step(1)], stepsType: 'sequential' }),
        OPTIONS,
      );

      expect(
        result.kind === 'ok' && [
          result.schedule.endDate,
          result.schedule.phases.map((phase) => phase.days),
        ],
      ).toEqual(['2026-03-30', [2, 2]]);
    });
  });

  describe('when the reading is flagged ambiguous', () => {
    it('asks for confirmation and reports any other problem too', () => {
      const result = buildSchedule(aReading({ ambiguous: true }), OPTIONS);

      expect(result).toEqual({
        kind: 'needsClarification',
        issues: [
          {
            severity: 'error',
            code: 'business-rule',
            path: 'reading.ambiguous',
            message:
              'These instructions are unclear enough that a pharmacist would check them; ' +
              'please confirm the dose and timing with your prescriber or pharmacist.',
          },
          {
            severity: 'error',
            code: 'required',
            path: 'reading.frequency',
            message: 'It does not say how often or when to take it.',
          },
        ],
      });
    });

    it('asks when only a step is flagged', () => {
      const steps = [aSigStep({ frequency: daily(1), ambiguous: true })];

      const result = buildSchedule(aReading({ steps, stepsType: 'concurrent' }), OPTIONS);

      expect(
        result.kind === 'needsClarification' && result.issues.map((issue) => issue.path),
      ).toEqual(['reading.ambiguous']);
    });
  });

  describe('when the options are invalid', () => {
    it('reports each bad option and builds nothing', () => {
      const result = buildSchedule(aReading({ frequency: daily(1) }), {
        timeZone: 'Mars/Olympus',
        startDate: '2026-02-30',
        anchors: { breakfast: '8am', mealOffsetMinutes: -5 },
      });

      expect(result).toEqual({
        kind: 'needsClarification',
        issues: [
          {
            severity: 'error',
            code: 'value',
            path: 'options.timeZone',
            message: '"Mars/Olympus" is not a known time zone.',
          },
          {
            severity: 'error',
            code: 'value',
            path: 'options.startDate',
            message: '"2026-02-30" is not a date in YYYY-MM-DD form.',
          },
          {
            severity: 'error',
            code: 'value',
            path: 'options.anchors.breakfast',
            message: 'The breakfast time must be a time of day in HH:MM form.',
          },
          {
            severity: 'error',
            code: 'value',
            path: 'options.anchors.mealOffsetMinutes',
            message: 'The meal offset must be a whole number of minutes from 0 to 180.',
          },
        ],
      });
    });

    it('stores the zone in its canonical spelling', () => {
      const result = buildSchedule(aReading({ frequency: daily(1) }), {
        ...OPTIONS,
        timeZone: 'asia/kathmandu',
      });

      expect(result.kind === 'ok' && result.schedule.timeZone).toBe('Asia/Kathmandu');
    });
  });

  describe('when run on every gold reading of the sig corpus (dev split)', () => {
    const corpus = readFileSync(resolve(__dirname, '../../../../fixtures/sig/dev.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { gold: SigReading }).gold);
    const weeks = { from: '2026-03-20T00:00:00Z', to: '2026-05-20T00:00:00Z' };
    const results = corpus.map((reading) => {
      const result = buildSchedule(reading, OPTIONS);
      const instants =
        result.kind === 'ok' ? expandDoses(result.schedule, weeks).map((dose) => dose.at) : [];
      return { reading, result, instants };
    });

    it('builds 152 schedules and asks about 17 readings, every ambiguous one among them', () => {
      const asked = results.filter(({ result }) => result.kind === 'needsClarification');

      expect([results.length - asked.length, asked.length]).toEqual([152, 17]);
      expect(
        results.filter(({ reading, result }) => reading.ambiguous && result.kind === 'ok'),
      ).toEqual([]);
    });

    it('never gives an as-needed medicine a reminder', () => {
      const reminded = results.filter(
        ({ reading, result, instants }) =>
          reading.asNeeded && (result.kind !== 'ok' || instants.length > 0),
      );

      expect(reminded).toEqual([]);
    });

    it('expands every built schedule over eight weeks, in time order', () => {
      const unordered = results.filter(({ instants }) =>
        instants.some((at, index) => index > 0 && at < (instants[index - 1] ?? '')),
      );

      expect(unordered).toEqual([]);
    });
  });
});
