import { Temporal } from 'temporal-polyfill';
import type { Duration } from '../sig/sig-reading';
import { durationInDays } from './phase-length';

describe('durationInDays', () => {
  describe('when the duration is whole days', () => {
    it.each([
      [{ value: 48, unit: 'h' }, '2026-01-05', 2],
      [{ value: 10, unit: 'd' }, '2026-01-05', 10],
      [{ value: 2, unit: 'wk' }, '2026-01-05', 14],
      [{ value: 1, unit: 'mo' }, '2026-01-31', 28],
      [{ value: 1, unit: 'mo' }, '2028-01-31', 29],
      [{ value: 3, unit: 'mo' }, '2026-01-15', 90],
    ] as const)('counts %o from %s as %i days', (duration, from, expected) => {
      expect(durationInDays(duration as Duration, Temporal.PlainDate.from(from))).toBe(expected);
    });
  });

  describe('when the duration is not whole days', () => {
    it.each([
      { value: 36, unit: 'h' },
      { value: 1.5, unit: 'd' },
      { value: 0.5, unit: 'mo' },
      { value: 0, unit: 'd' },
    ] as const)('returns null for %o', (duration) => {
      expect(
        durationInDays(duration as Duration, Temporal.PlainDate.from('2026-01-05')),
      ).toBeNull();
    });
  });
});
