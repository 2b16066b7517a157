import type { LocalTime } from './dose-schedule';

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTES_PER_DAY = 24 * 60;

/** True when `value` is a wall-clock time in the `HH:MM` 24-hour form schedules store. */
export function isLocalTime(value: string): boolean {
  return LOCAL_TIME_PATTERN.test(value);
}

/**
 * Moves a wall-clock time by `minutes` (negative moves earlier), wrapping around midnight:
 * `shiftLocalTime('00:15', -30)` is `'23:45'`. Whole minutes only; fractions are rounded.
 *
 * @throws Error when `time` is not `HH:MM` (a bug: callers validate first).
 */
export function shiftLocalTime(time: LocalTime, minutes: number): LocalTime {
  const match = LOCAL_TIME_PATTERN.exec(time);
  if (match === null) {
    throw new Error(`Not a local time in HH:MM form: ${time}`);
  }
  const total = Number(match[1]) * 60 + Number(match[2]) + Math.round(minutes);
  const wrapped = ((total % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return formatMinutes(wrapped);
}

/** Minutes since midnight of an `HH:MM` time; the inverse of {@link shiftLocalTime} from 00:00. */
export function minutesOfDay(time: LocalTime): number {
  const match = LOCAL_TIME_PATTERN.exec(time);
  if (match === null) {
    throw new Error(`Not a local time in HH:MM form: ${time}`);
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

function formatMinutes(total: number): LocalTime {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
