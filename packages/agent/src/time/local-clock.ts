/** An instant read on a wall clock in one IANA zone. */
export interface LocalClockReading {
  /** `YYYY-MM-DD`. */
  readonly localDate: string;
  /** `HH:MM`, 24-hour. */
  readonly localTime: string;
  /** English weekday name, such as `Friday`. */
  readonly weekday: string;
}

const FIXED_OFFSET = /^([+-])(\d{2}):(\d{2})$/;

/** Milliseconds east of UTC for a fixed-offset zone such as `+05:30`, or null for other names. */
function fixedOffsetMs(timeZone: string): number | null {
  const match = FIXED_OFFSET.exec(timeZone);
  if (match === null) {
    return null;
  }
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * Reads `now` on the wall clock of `timeZone`: an IANA name, or a fixed offset such as
 * `+05:30` (which the domain's zone resolution may store and Node 20's Intl does not accept).
 * @throws RangeError when `timeZone` is neither a zone this runtime knows nor a fixed offset.
 */
export function readLocalClock(now: Date, timeZone: string): LocalClockReading {
  const offsetMs = fixedOffsetMs(timeZone);
  const instant = offsetMs === null ? now : new Date(now.getTime() + offsetMs);
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: offsetMs === null ? timeZone : 'UTC',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    localDate: `${part('year')}-${part('month')}-${part('day')}`,
    localTime: `${part('hour')}:${part('minute')}`,
    weekday: part('weekday'),
  };
}
