import type { SigStep } from '../sig/sig-reading';
import { DEFAULT_TIMES_PER_DAY, MAX_DOSES_PER_DAY, type DayAnchors } from './day-anchors';
import type { LocalTime } from './dose-schedule';
import { resolveEventTimes } from './event-times';
import { isLocalTime, minutesOfDay, shiftLocalTime } from './local-time';
import { scheduleError, type ScheduleIssue } from './schedule-result';

/** The clock times of one step: some times, none stated, or why they are unclear. */
export type StepTimes =
  | { readonly kind: 'times'; readonly times: readonly LocalTime[] }
  | { readonly kind: 'none' }
  | { readonly kind: 'issue'; readonly issue: ScheduleIssue };

/**
 * The wall-clock times at which a step's doses fall on a dosing day. The sig's own clock times
 * win (together with any `when` codes beside them); otherwise `when` codes map through the
 * patient's anchors; otherwise "N times a day" takes {@link DEFAULT_TIMES_PER_DAY}, or for 5 to
 * {@link MAX_DOSES_PER_DAY} doses an even spread from the wake anchor to the bedtime anchor.
 *
 * @param dosesPerDay - the stated doses per dosing day, or null when the sig states no frequency.
 * @param path - where the step sits in the reading, for issue paths.
 */
export function stepTimes(
  step: SigStep,
  dosesPerDay: number | null,
  anchors: DayAnchors,
  path: string,
): StepTimes {
  if (step.timesOfDay !== null && step.timesOfDay.length > 0) {
    return explicitTimes(step, dosesPerDay, anchors, path);
  }
  if (step.when !== null && step.when.length > 0) {
    const events = resolveEventTimes(step.when, dosesPerDay, anchors);
    return events.kind === 'ok'
      ? { kind: 'times', times: events.times }
      : issue('incomplete', `${path}.when`, events.message);
  }
  if (dosesPerDay === null) {
    return { kind: 'none' };
  }
  return defaultTimes(dosesPerDay, anchors, path);
}

function explicitTimes(
  step: SigStep,
  dosesPerDay: number | null,
  anchors: DayAnchors,
  path: string,
): StepTimes {
  const stated = step.timesOfDay ?? [];
  const bad = stated.find((time) => !isLocalTime(time));
  if (bad !== undefined) {
    return issue('value', `${path}.timesOfDay`, `"${bad}" is not a time of day (HH:MM).`);
  }
  const events = step.when === null ? null : resolveEventTimes(step.when, null, anchors);
  if (events !== null && events.kind !== 'ok') {
    return issue('incomplete', `${path}.when`, events.message);
  }
  const times = [...new Set([...stated, ...(events?.times ?? [])])].sort(
    (a, b) => minutesOfDay(a) - minutesOfDay(b),
  );
  if (dosesPerDay !== null && times.length !== dosesPerDay) {
    const message = `It says ${dosesPerDay} times a day but names ${times.length} times (${times.join(', ')}).`;
    return issue('incomplete', `${path}.timesOfDay`, message);
  }
  return { kind: 'times', times };
}

function defaultTimes(dosesPerDay: number, anchors: DayAnchors, path: string): StepTimes {
  if (dosesPerDay === 1 || dosesPerDay === 2 || dosesPerDay === 3 || dosesPerDay === 4) {
    return { kind: 'times', times: DEFAULT_TIMES_PER_DAY[dosesPerDay] };
  }
  if (!Number.isInteger(dosesPerDay) || dosesPerDay < 1 || dosesPerDay > MAX_DOSES_PER_DAY) {
    const message = `It says ${dosesPerDay} times a day; at which times should reminders be sent?`;
    return issue('not-supported', `${path}.frequency`, message);
  }
  return { kind: 'times', times: spreadOverWakingDay(dosesPerDay, anchors) };
}

function spreadOverWakingDay(dosesPerDay: number, anchors: DayAnchors): LocalTime[] {
  const wake = minutesOfDay(anchors.wake);
  const span = (minutesOfDay(anchors.bedtime) - wake + 24 * 60) % (24 * 60);
  const gap = span / (dosesPerDay - 1);
  return Array.from({ length: dosesPerDay }, (_, index) =>
    shiftLocalTime(anchors.wake, Math.round((index * gap) / 5) * 5),
  );
}

function issue(code: ScheduleIssue['code'], path: string, message: string): StepTimes {
  return { kind: 'issue', issue: scheduleError(code, path, message) };
}
