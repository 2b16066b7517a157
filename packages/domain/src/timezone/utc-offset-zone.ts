import { fixedOffsetLabel } from './fixed-offset-label';
import type { TimeZoneResolution } from './time-zone-resolution';

const FIXED_UTC_LABEL = 'UTC (fixed, no daylight saving)';

const OFFSET_PATTERN = /^(?:(?:utc|gmt|ut)\s*)?([+-−])\s*(\d{1,2})(?:(?::|\.|h)?(\d{2}))?$/i;
// Plain "GMT" is not here: in the UK it usually means the local clock (see the abbreviations).
const PLAIN_UTC = /^(?:utc|ut|z|zulu|etc\/utc|etc\/gmt|universal)$/i;
/** Real-world offsets run from UTC-12:00 to UTC+14:00. */
const MIN_OFFSET_MINUTES = -12 * 60;
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Reads a UTC or GMT offset as people type it: `+05:30`, `-03:30`, `+0545`, `+5`, `UTC+5:30`,
 * `GMT-3`, `GMT+0`, `utc +05:45`, or plain `UTC`/`Z`. Returns null when the text is not an offset.
 *
 * Whole hours map to the IANA `Etc/GMT±N` zones, whose sign is inverted by POSIX convention
 * (UTC+5 is `Etc/GMT-5`); zero maps to `UTC`. Other offsets map to Temporal's fixed-offset zone
 * id `±HH:MM` (`+05:30`), which Temporal accepts wherever a zone name goes. Fixed offsets never
 * change for daylight saving; the label states the offset plainly with a true minus sign
 * (`UTC−05:00 (fixed, no daylight saving)`, see `fixedOffsetLabel`); a city name is the better choice where
 * clocks change.
 */
export function resolveUtcOffset(input: string): TimeZoneResolution | null {
  const text = input.trim();
  if (PLAIN_UTC.test(text)) {
    return { kind: 'resolved', timeZone: 'UTC', label: FIXED_UTC_LABEL };
  }
  const match = OFFSET_PATTERN.exec(text);
  if (match === null) {
    return null;
  }
  const sign = match[1] === '+' ? 1 : -1;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? '0');
  const total = sign * (hours * 60 + minutes);
  if (minutes >= 60 || total < MIN_OFFSET_MINUTES || total > MAX_OFFSET_MINUTES) {
    const message = `${text} is not a real UTC offset; offsets run from UTC-12:00 to UTC+14:00.`;
    return { kind: 'invalid', message, suggestions: [] };
  }
  const timeZone = offsetZoneId(total);
  return { kind: 'resolved', timeZone, label: fixedOffsetLabel(timeZone) ?? FIXED_UTC_LABEL };
}

function offsetZoneId(totalMinutes: number): string {
  if (totalMinutes === 0) {
    return 'UTC';
  }
  if (totalMinutes % 60 === 0) {
    const hours = totalMinutes / 60;
    return `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  }
  // Temporal's offset id wants an ASCII sign, unlike the label.
  const sign = totalMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(totalMinutes);
  const hours = String(Math.floor(absolute / 60)).padStart(2, '0');
  const minutes = String(absolute % 60).padStart(2, '0');
  return `${sign}${hours}:${minutes}`;
}
