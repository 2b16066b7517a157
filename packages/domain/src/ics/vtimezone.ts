import { Temporal } from 'temporal-polyfill';

/** The years a VTIMEZONE must describe, inclusive. */
export interface YearRange {
  readonly fromYear: number;
  readonly toYear: number;
}

const NS_PER_SECOND = 1_000_000_000;

/**
 * Writes an RFC 5545 VTIMEZONE for an IANA zone from the zone rules Temporal knows: one
 * STANDARD or DAYLIGHT observance per offset change in the years given (a rise in offset is
 * DAYLIGHT), each with an explicit DTSTART and no RRULE, so every reader sees exactly the
 * changes Temporal applies. A zone without changes gets one STANDARD observance. Lines end with
 * CRLF and are short, so they need no folding.
 *
 * TZNAME is the short name `Intl` gives in English (such as `BST` or `GMT+5:30`), or `UTC`
 * plus the offset for a fixed-offset zone.
 *
 * @param tzid - the TZID to write; defaults to the zone name
 *
 * @throws RangeError for a zone Temporal does not know.
 */
export function generateVTimezone(timeZone: string, years: YearRange, tzid = timeZone): string {
  const start = Temporal.ZonedDateTime.from({ timeZone, year: years.fromYear, month: 1, day: 1 });
  const transitions = transitionsBetween(start, years.toYear);
  const first = transitions[0];
  const initial = {
    at: start,
    offsetFromNs: start.offsetNanoseconds,
    offsetToNs: start.offsetNanoseconds,
    // Before the first change the zone is in daylight time when that change lowers the offset.
    daylight: first !== undefined && first.offsetToNs < first.offsetFromNs,
  };
  const lines = [
    'BEGIN:VTIMEZONE',
    `TZID:${tzid}`,
    ...[initial, ...transitions].flatMap((t) => observance(t, timeZone)),
    'END:VTIMEZONE',
  ];
  return lines.join('\r\n') + '\r\n';
}

interface Transition {
  readonly at: Temporal.ZonedDateTime;
  readonly offsetFromNs: number;
  readonly offsetToNs: number;
  readonly daylight: boolean;
}

function transitionsBetween(start: Temporal.ZonedDateTime, toYear: number): Transition[] {
  const out: Transition[] = [];
  let offsetNs = start.offsetNanoseconds;
  for (let next = start.getTimeZoneTransition('next'); next;) {
    if (next.year > toYear) break;
    if (next.offsetNanoseconds !== offsetNs) {
      out.push({
        at: next,
        offsetFromNs: offsetNs,
        offsetToNs: next.offsetNanoseconds,
        daylight: next.offsetNanoseconds > offsetNs,
      });
      offsetNs = next.offsetNanoseconds;
    }
    next = next.getTimeZoneTransition('next');
  }
  return out;
}

function observance(t: Transition, timeZone: string): string[] {
  const kind = t.daylight ? 'DAYLIGHT' : 'STANDARD';
  // DTSTART is the wall-clock time of the change as read before it, in the old offset.
  const local = t.at.toInstant().toZonedDateTimeISO(offsetZone(t.offsetFromNs)).toPlainDateTime();
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatLocal(local)}`,
    `TZOFFSETFROM:${formatOffset(t.offsetFromNs)}`,
    `TZOFFSETTO:${formatOffset(t.offsetToNs)}`,
    `TZNAME:${shortName(timeZone, t.at)}`,
    `END:${kind}`,
  ];
}

function offsetZone(offsetNs: number): string {
  const total = Math.round(offsetNs / NS_PER_SECOND / 60);
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function formatOffset(offsetNs: number): string {
  const totalSeconds = Math.round(offsetNs / NS_PER_SECOND);
  const sign = totalSeconds < 0 ? '-' : '+';
  const abs = Math.abs(totalSeconds);
  const seconds = abs % 60;
  const hhmm = `${pad(Math.floor(abs / 3600))}${pad(Math.floor(abs / 60) % 60)}`;
  return `${sign}${hhmm}${seconds === 0 ? '' : pad(seconds)}`;
}

function formatLocal(local: Temporal.PlainDateTime): string {
  const date = `${local.year}${pad(local.month)}${pad(local.day)}`;
  return `${date}T${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`;
}

function shortName(timeZone: string, at: Temporal.ZonedDateTime): string {
  // Node 20's Intl rejects fixed-offset zones such as +05:30.
  if (/^[+-]/.test(timeZone)) return `UTC${at.offset}`;
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'short' }).formatToParts(
    at.epochMilliseconds,
  );
  return parts.find((p) => p.type === 'timeZoneName')?.value ?? 'LMT';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
