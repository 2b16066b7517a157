import type { DosePattern, ScheduledDose } from './dose-schedule';
import { spreadAlternatingDoses } from './alternating-doses';

const everyNDays = (n: number, times = ['08:00']): DosePattern => ({
  kind: 'daily',
  times,
  everyNDays: n,
});
const dose = (pattern: DosePattern, min: number): ScheduledDose => ({
  pattern,
  dose: { min, max: min, unit: 'mcg' },
});

describe('spreadAlternatingDoses', () => {
  describe('when two doses each come every other day', () => {
    it('puts them on alternate days', () => {
      const result = spreadAlternatingDoses(
        [dose(everyNDays(2), 100), dose(everyNDays(2), 125)],
        'reading.steps',
      );

      expect(result).toEqual({
        doses: [
          dose({ kind: 'daily', times: ['08:00'], everyNDays: 2, offsetDays: 0 }, 100),
          dose({ kind: 'daily', times: ['08:00'], everyNDays: 2, offsetDays: 1 }, 125),
        ],
        issues: [],
      });
    });
  });

  describe('when two doses each come every other week', () => {
    it('puts them a week apart', () => {
      const result = spreadAlternatingDoses(
        [dose(everyNDays(14), 1), dose(everyNDays(14), 2)],
        'reading.steps',
      );

      expect(result.doses.map((entry) => entry.pattern)).toEqual([
        { kind: 'daily', times: ['08:00'], everyNDays: 14, offsetDays: 0 },
        { kind: 'daily', times: ['08:00'], everyNDays: 14, offsetDays: 7 },
      ]);
    });
  });

  describe('when the doses cannot alternate evenly', () => {
    it('asks on which days each is taken', () => {
      const doses = [dose(everyNDays(3), 1), dose(everyNDays(3), 2)];

      expect(spreadAlternatingDoses(doses, 'reading.steps')).toEqual({
        doses,
        issues: [
          {
            severity: 'error',
            code: 'incomplete',
            path: 'reading.steps',
            message:
              '2 doses each every 3 days do not alternate evenly; on which days is each taken?',
          },
        ],
      });
    });
  });

  describe('when only one dose repeats every few days', () => {
    it('leaves every dose as it is', () => {
      const doses = [
        dose(everyNDays(2), 1),
        dose(everyNDays(1), 2),
        dose({ kind: 'asNeeded', reason: null }, 3),
      ];

      expect(spreadAlternatingDoses(doses, 'reading.steps')).toEqual({ doses, issues: [] });
    });
  });
});
