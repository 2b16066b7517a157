import { Temporal } from 'temporal-polyfill';
import type { DoseSchedule } from './dose-schedule';

/**
 * Where a schedule's first instant lies and, for a course that starts part-way through its first
 * day, the local time of day at which each of its day-counted phases begins and ends.
 */
export interface CourseStart {
  /** Epoch milliseconds before which no dose is produced; -Infinity without `notBefore`. */
  readonly notBeforeMs: number;
  /**
   * Local time of `notBefore` when it falls on the schedule's first date, else null (phases
   * then begin and end at midnight).
   */
  readonly shift: Temporal.PlainTime | null;
}

/**
 * Reads a schedule's `notBefore`.
 *
 * @throws RangeError when `notBefore` is not an ISO 8601 instant (a malformed schedule, so a bug).
 */
export function courseStartOf(schedule: DoseSchedule): CourseStart {
  if (schedule.notBefore === undefined || schedule.notBefore === null) {
    return { notBeforeMs: Number.NEGATIVE_INFINITY, shift: null };
  }
  const instant = Temporal.Instant.from(schedule.notBefore);
  const local = instant.toZonedDateTimeISO(schedule.timeZone);
  const onFirstDate = local.toPlainDate().toString() === schedule.startDate;
  return {
    notBeforeMs: instant.epochMilliseconds,
    shift: onFirstDate && !isMidnight(local.toPlainTime()) ? local.toPlainTime() : null,
  };
}

/**
 * The instant a day-counted phase boundary falls on: `date` at the course's shifted time of day,
 * or null when the course is not shifted (the boundary is then the date's own midnight, which the
 * date window already enforces).
 */
export function boundaryMs(
  date: Temporal.PlainDate,
  start: CourseStart,
  timeZone: string,
): number | null {
  if (start.shift === null) {
    return null;
  }
  return date.toZonedDateTime({ timeZone, plainTime: start.shift }).epochMilliseconds;
}

function isMidnight(time: Temporal.PlainTime): boolean {
  return Temporal.PlainTime.compare(time, new Temporal.PlainTime()) === 0;
}
