/** An instant read on a wall clock in one IANA zone. */
export interface LocalClockReading {
  /** `YYYY-MM-DD`. */
  readonly localDate: string;
  /** `HH:MM`, 24-hour. */
  readonly localTime: string;
  /** English weekday name, such as `Friday`. */
  readonly weekday: string;
}

/**
 * Reads `now` on the wall clock of `timeZone`.
 * @throws RangeError when `timeZone` is not a zone this runtime knows.
 */
export function readLocalClock(now: Date, timeZone: string): LocalClockReading {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    weekday: 'long',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    localDate: `${part('year')}-${part('month')}-${part('day')}`,
    localTime: `${part('hour')}:${part('minute')}`,
    weekday: part('weekday'),
  };
}
