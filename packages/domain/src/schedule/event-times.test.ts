import { DEFAULT_DAY_ANCHORS } from './day-anchors';
import { resolveEventTimes } from './event-times';

describe('resolveEventTimes', () => {
  describe('when codes name fixed moments', () => {
    it('maps each to its anchor, sorted and without repeats', () => {
      const result = resolveEventTimes(['HS', 'MORN', 'CM', 'NIGHT'], null, DEFAULT_DAY_ANCHORS);

      expect(result).toEqual({ kind: 'ok', times: ['08:00', '21:00', '22:00'] });
    });
  });

  describe('when a generic meal code sits beside other codes', () => {
    it('gives the meals the doses the count leaves over', () => {
      const result = resolveEventTimes(['AC', 'HS'], 3, DEFAULT_DAY_ANCHORS);

      expect(result).toEqual({ kind: 'ok', times: ['07:30', '18:30', '22:00'] });
    });

    it('asks when the count leaves no meal', () => {
      const result = resolveEventTimes(['C', 'HS'], 1, DEFAULT_DAY_ANCHORS);

      expect(result).toEqual({
        kind: 'unclear',
        message: 'It says 1 times a day with meals; which meals are meant?',
      });
    });
  });

  describe('when the meal offset is changed', () => {
    it('moves before- and after-meal doses by it', () => {
      const anchors = { ...DEFAULT_DAY_ANCHORS, mealOffsetMinutes: 60 };

      expect(resolveEventTimes(['ACM', 'PCV'], 2, anchors)).toEqual({
        kind: 'ok',
        times: ['07:00', '20:00'],
      });
    });
  });
});
