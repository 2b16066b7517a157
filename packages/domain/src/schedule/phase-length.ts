import { Temporal } from 'temporal-polyfill';
import type { Duration } from '../sig/sig-reading';

/**
 * The number of calendar days a duration covers when it starts on `from`: hours must make whole
 * days (48 h = 2), days and weeks count as stated, and months use calendar arithmetic (1 month
 * from 31 January ends on 28 or 29 February, so it covers 28 or 29 days). Returns null when the
 * duration is not a whole number of days (36 hours, 1.5 months), so the caller can ask.
 */
export function durationInDays(duration: Duration, from: Temporal.PlainDate): number | null {
  const { value, unit } = duration;
  const days = { h: value / 24, d: value, wk: value * 7, mo: Number.NaN }[unit];
  if (unit === 'mo') {
    return Number.isInteger(value) && value > 0
      ? from.until(from.add({ months: value }), { largestUnit: 'day' }).days
      : null;
  }
  return Number.isInteger(days) && days > 0 ? days : null;
}
