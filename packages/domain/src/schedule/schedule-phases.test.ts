import { Temporal } from 'temporal-polyfill';
import type { SigStep } from '../sig/sig-reading';
import { DEFAULT_DAY_ANCHORS } from './day-anchors';
import { buildPhases } from './schedule-phases';
import { aSigReading, aSigStep, ONE_TABLET } from './sig-reading-builder';

const START = Temporal.PlainDate.from('2026-01-05');
const ONCE_DAILY: SigStep['frequency'] = { count: 1, period: 1, periodUnit: 'd' };
const TWICE_DAILY: SigStep['frequency'] = { count: 2, period: 1, periodUnit: 'd' };
const tablets = (count: number): SigStep['dose'] => ({ min: count, max: count, unit: 'tablet' });
const days = (value: number): SigStep['duration'] => ({ value, unit: 'd' });

describe('buildPhases', () => {
  describe('when steps follow one another (a taper)', () => {
    it('makes one phase per step with its duration', () => {
      const steps = [4, 3, 2, 1].map((count) =>
        aSigStep({ dose: tablets(count), frequency: ONCE_DAILY, duration: days(3) }),
      );

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result).toEqual({
        phases: [4, 3, 2, 1].map((count) => ({
          doses: [
            { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: tablets(count) },
          ],
          days: 3,
        })),
        issues: [],
      });
    });

    it('lets the last step run on and turns a later as-needed step into an as-needed phase', () => {
      const steps = [
        aSigStep({ frequency: TWICE_DAILY, duration: { value: 1, unit: 'wk' } }),
        aSigStep({ frequency: TWICE_DAILY, duration: { value: 2, unit: 'wk' } }),
        aSigStep({ asNeeded: true, asNeededFor: 'ear itch' }),
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      const twiceDaily = {
        pattern: { kind: 'daily', times: ['08:00', '20:00'], everyNDays: 1 },
        dose: ONE_TABLET,
      };
      expect(result).toEqual({
        phases: [
          { doses: [twiceDaily], days: 7 },
          { doses: [twiceDaily], days: 14 },
          {
            doses: [{ pattern: { kind: 'asNeeded', reason: 'ear itch' }, dose: ONE_TABLET }],
            days: null,
          },
        ],
        issues: [],
      });
    });

    it('measures month-long steps by the calendar from each step’s own start', () => {
      const month = { value: 1, unit: 'mo' } as const;
      const steps = [
        aSigStep({ frequency: ONCE_DAILY, duration: month }),
        aSigStep({ frequency: ONCE_DAILY, duration: month }),
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        Temporal.PlainDate.from('2026-01-31'),
      );

      expect(result.phases.map((phase) => phase.days)).toEqual([28, 28]);
    });

    it('ends a step by its dose count', () => {
      const steps = [
        aSigStep({ dayOfWeek: ['mon', 'wed', 'fri'], count: 6 }),
        aSigStep({ frequency: { count: 1, period: 3, periodUnit: 'mo' } }),
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result).toEqual({
        phases: [
          {
            doses: [
              {
                pattern: {
                  kind: 'weekly',
                  times: ['08:00'],
                  daysOfWeek: ['mon', 'wed', 'fri'],
                  everyNWeeks: 1,
                },
                dose: ONE_TABLET,
              },
            ],
            days: null,
            maxDoses: 6,
          },
          {
            doses: [
              { pattern: { kind: 'monthly', times: ['08:00'], everyNMonths: 3 }, dose: ONE_TABLET },
            ],
            days: null,
          },
        ],
        issues: [],
      });
    });

    it('asks how long a middle step lasts when it does not say', () => {
      const steps = [aSigStep({ frequency: ONCE_DAILY }), aSigStep({ frequency: TWICE_DAILY })];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result.issues).toEqual([
        {
          severity: 'error',
          code: 'incomplete',
          path: 'reading.steps[0].duration',
          message: 'Step 1 does not say how long it lasts, so the next step has no start.',
        },
      ]);
    });
  });

  describe('when steps run side by side', () => {
    it('makes one phase with a dose per step', () => {
      const steps = [
        aSigStep({ dose: tablets(2), frequency: ONCE_DAILY, when: ['MORN'] }),
        aSigStep({ dose: tablets(1), frequency: ONCE_DAILY, when: ['HS'] }),
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'concurrent' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result).toEqual({
        phases: [
          {
            doses: [
              { pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: tablets(2) },
              { pattern: { kind: 'daily', times: ['22:00'], everyNDays: 1 }, dose: tablets(1) },
            ],
            days: null,
          },
        ],
        issues: [],
      });
    });

    it('nests a side-by-side group inside a taper step', () => {
      const group = aSigStep({
        duration: { value: 1, unit: 'wk' },
        steps: [
          aSigStep({ dose: tablets(1), frequency: ONCE_DAILY, when: ['PCM'] }),
          aSigStep({ dose: tablets(2), frequency: ONCE_DAILY, when: ['PCV'] }),
        ],
        stepsType: 'concurrent',
      });
      const steps = [
        aSigStep({ frequency: ONCE_DAILY, when: ['PCV'], duration: { value: 1, unit: 'wk' } }),
        group,
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'sequential' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(
        result.phases.map((phase) => [phase.days, phase.doses.map((dose) => dose.pattern)]),
      ).toEqual([
        [7, [{ kind: 'daily', times: ['19:30'], everyNDays: 1 }]],
        [
          7,
          [
            { kind: 'daily', times: ['08:30'], everyNDays: 1 },
            { kind: 'daily', times: ['19:30'], everyNDays: 1 },
          ],
        ],
      ]);
    });

    it('asks when side-by-side doses last different lengths of time', () => {
      const steps = [
        aSigStep({ frequency: ONCE_DAILY, duration: days(7) }),
        aSigStep({ frequency: ONCE_DAILY, asNeeded: true }),
      ];

      const result = buildPhases(
        aSigReading({ steps, stepsType: 'concurrent' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result.issues).toEqual([
        {
          severity: 'error',
          code: 'incomplete',
          path: 'reading.steps',
          message:
            'The doses taken side by side last for different lengths of time; how long does each last?',
        },
      ]);
    });

    it('asks how steps combine when the reading does not say', () => {
      const steps = [aSigStep({ frequency: ONCE_DAILY })];

      const result = buildPhases(
        aSigReading({ steps, stepsType: null }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result.issues).toEqual([
        {
          severity: 'error',
          code: 'invalid',
          path: 'reading.stepsType',
          message: 'It is unclear whether these doses follow one another or are taken together.',
        },
      ]);
    });

    it('refuses a taper nested inside side-by-side doses', () => {
      const inner = aSigStep({
        steps: [aSigStep({ frequency: ONCE_DAILY })],
        stepsType: 'sequential',
      });

      const result = buildPhases(
        aSigReading({ steps: [inner], stepsType: 'concurrent' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result.issues).toEqual([
        {
          severity: 'error',
          code: 'not-supported',
          path: 'reading.steps',
          message: 'Steps nested this deeply are not supported; please list the doses one by one.',
        },
      ]);
    });
  });

  describe('when the whole reading is as needed', () => {
    it('makes one as-needed phase with a dose per step and no times', () => {
      const steps = [
        aSigStep({ dose: tablets(1), frequency: ONCE_DAILY }),
        aSigStep({ dose: tablets(2), when: ['HS'] }),
      ];

      const result = buildPhases(
        aSigReading({ asNeeded: true, asNeededFor: 'pain', steps, stepsType: 'concurrent' }),
        DEFAULT_DAY_ANCHORS,
        START,
      );

      expect(result).toEqual({
        phases: [
          {
            doses: [
              { pattern: { kind: 'asNeeded', reason: 'pain' }, dose: tablets(1) },
              { pattern: { kind: 'asNeeded', reason: 'pain' }, dose: tablets(2) },
            ],
            days: null,
          },
        ],
        issues: [],
      });
    });
  });
});
