import { Temporal } from 'temporal-polyfill';
import { canonicalTimeZone } from './canonical-time-zone';
import { fixedOffsetLabel, offsetMinutesAt } from './fixed-offset-label';
import { utcOffsetText } from './utc-offset-text';

/**
 * A short line saying what a stored zone means at a given moment, for confirmations and
 * settings: `Europe/London, now UTC+01:00` in summer, `America/New_York, now UTC−05:00` in
 * winter, and for a fixed offset its plain label (`UTC−05:00 (fixed, no daylight saving)` for
 * `Etc/GMT+5`), which holds at every moment.
 *
 * @param timeZone - an IANA name or fixed offset Temporal accepts (as stored).
 * @param at - the moment, ISO 8601 with `Z` or an offset (usually now).
 * @throws RangeError when `timeZone` is unknown or `at` is not an instant: stored zones are
 * validated, so this is a bug.
 */
export function describeOffset(timeZone: string, at: string): string {
  const id = canonicalTimeZone(timeZone);
  if (id === null) {
    throw new RangeError(`Unknown time zone "${timeZone}".`);
  }
  const fixed = fixedOffsetLabel(id);
  if (fixed !== null) {
    return fixed;
  }
  return `${id}, now ${utcOffsetText(offsetMinutesAt(id, Temporal.Instant.from(at)))}`;
}
