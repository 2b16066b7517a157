/** The minus sign (U+2212) used in offsets shown to patients; a hyphen is easy to misread. */
const MINUS_SIGN = '\u2212';

/**
 * An offset from UTC as patients read it: `UTC+05:45` for 345 minutes, `UTC−05:00` (with a true
 * minus sign) for -300, `UTC+00:00` for 0. Seconds are not shown.
 *
 * @param totalMinutes - offset east of UTC, in minutes (negative west of UTC).
 */
export function utcOffsetText(totalMinutes: number): string {
  const sign = totalMinutes < 0 ? MINUS_SIGN : '+';
  const absolute = Math.abs(Math.trunc(totalMinutes));
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `UTC${sign}${hours}:${minutes}`;
}
