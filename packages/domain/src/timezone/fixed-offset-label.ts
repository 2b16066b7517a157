import { Temporal } from 'temporal-polyfill';
import { canonicalTimeZone } from './canonical-time-zone';
import { utcOffsetText } from './utc-offset-text';

const OFFSET_ID = /^[+-]\d{2}:\d{2}$/;
/** Zone names that mean UTC itself; Temporal keeps several of them as they are spelled. */
const UTC_NAMES = new Set(['utc', 'gmt', 'uct', 'universal', 'zulu', 'greenwich', 'gmt0']);
/** Old IANA names for fixed offsets (`EST` is UTC−05:00 all year, unlike New York). */
const FIXED_LEGACY_NAMES = new Set(['est', 'mst', 'hst']);
const NANOSECONDS_PER_MINUTE = 60_000_000_000;

/**
 * True when `timeZone` is a fixed offset from UTC that never changes for daylight saving: a
 * Temporal offset id (`+05:30`), an `Etc/…` zone (`Etc/GMT+5`, `Etc/UTC`) or a name for UTC
 * itself (`UTC`, `GMT`), or an old fixed name (`EST`, `MST`, `HST`). False for region zones and for names Temporal does not know.
 */
export function isFixedOffsetZone(timeZone: string): boolean {
  const id = canonicalTimeZone(timeZone);
  if (id === null) {
    return false;
  }
  const lower = id.toLowerCase();
  return (
    OFFSET_ID.test(id) ||
    lower.startsWith('etc/') ||
    UTC_NAMES.has(lower.replace(/[+-]0$/, '')) ||
    FIXED_LEGACY_NAMES.has(lower)
  );
}

/**
 * What to show a patient for a fixed-offset zone: the offset stated plainly, so the inverted
 * POSIX sign of `Etc/GMT+5` (which is five hours *behind* UTC) never reaches them:
 * `UTC−05:00 (fixed, no daylight saving)` for `Etc/GMT+5`,
 * `UTC+05:30 (fixed, no daylight saving)` for `+05:30`,
 * `UTC (fixed, no daylight saving)` for UTC itself. Returns null for a
 * zone that is not a fixed offset (see {@link isFixedOffsetZone}).
 */
export function fixedOffsetLabel(timeZone: string): string | null {
  if (!isFixedOffsetZone(timeZone)) {
    return null;
  }
  const minutes = offsetMinutesAt(timeZone, Temporal.Instant.fromEpochMilliseconds(0));
  return `${minutes === 0 ? 'UTC' : utcOffsetText(minutes)} (fixed, no daylight saving)`;
}

/**
 * The offset of `timeZone` from UTC at `instant`, in whole minutes east of UTC.
 *
 * @throws RangeError when Temporal does not know `timeZone`.
 */
export function offsetMinutesAt(timeZone: string, instant: Temporal.Instant): number {
  const offset = instant.toZonedDateTimeISO(timeZone).offsetNanoseconds;
  return Math.round(offset / NANOSECONDS_PER_MINUTE);
}
