import type { Duration, SigStep } from '../sig/sig-reading';
import { scheduleError, type ScheduleIssue } from './schedule-result';

/**
 * The longest course, in days, a reading may state before it is asked about: ten years
 * (3,653 days, counting leap days). Longer durations are almost always a typo or a misreading
 * ("for 30 years" for "for 30 days"); a lifelong medicine has no duration at all.
 */
export const MAX_COURSE_DAYS = 3653;

/**
 * The last calendar year a course may end in. A later end date means a misread duration or
 * start date; reminders and calendar exports are not planned that far ahead.
 */
export const LATEST_END_YEAR = 2100;

/** Rough days per unit, enough to tell a plausible duration from an absurd one. */
const APPROX_DAYS: Readonly<Record<Duration['unit'], number>> = {
  h: 1 / 24,
  d: 1,
  wk: 7,
  mo: 30.44,
};

const UNIT_WORDS: Readonly<Record<Duration['unit'], string>> = {
  h: 'hours',
  d: 'days',
  wk: 'weeks',
  mo: 'months',
};

/**
 * Values no prescriber means, found anywhere in a reading and its steps, as `business-rule`
 * issues to ask about: a dose of 0 or less (except an off period of an on/off cycle, see
 * {@link isOffPeriodStep}), and a duration that is 0, negative, not a number, or longer than
 * {@link MAX_COURSE_DAYS}. Doses per day and intervals are checked where the pattern is built.
 *
 * @param path - where `step` sits (`reading` for the whole reading).
 */
export function plausibilityIssues(
  step: SigStep,
  path: string,
  inSequence = false,
): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  if (step.dose !== null && step.dose.max <= 0 && !(inSequence && isOffPeriodStep(step))) {
    const message = `A dose of ${step.dose.max} cannot be taken; how much should be taken each time?`;
    issues.push(scheduleError('business-rule', `${path}.dose`, message));
  }
  if (step.duration !== null && !isPlausibleDuration(step.duration)) {
    issues.push(durationIssue(step.duration, `${path}.duration`));
  }
  const sequential = step.stepsType === 'sequential';
  (step.steps ?? []).forEach((inner, index) => {
    issues.push(...plausibilityIssues(inner, `${path}.steps[${index}]`, sequential));
  });
  return issues;
}

/**
 * True for the off part of an on/off cycle ("then stop for 7 days"): a step of a taper with a
 * dose of 0, a duration, and no timing. It becomes a phase without doses.
 */
export function isOffPeriodStep(step: SigStep): boolean {
  return (
    step.dose !== null &&
    step.dose.max === 0 &&
    step.duration !== null &&
    step.frequency === null &&
    (step.timesOfDay ?? []).length === 0 &&
    (step.when ?? []).length === 0 &&
    !step.asNeeded
  );
}

/** True when a duration is positive and at most {@link MAX_COURSE_DAYS} long. */
export function isPlausibleDuration(duration: Duration): boolean {
  const days = duration.value * APPROX_DAYS[duration.unit];
  return Number.isFinite(days) && days > 0 && days <= MAX_COURSE_DAYS;
}

/** A `business-rule` issue when a course would end after {@link LATEST_END_YEAR}. */
export function endYearIssues(endDate: string | null, path: string): ScheduleIssue[] {
  const year = endDate === null ? Number.NaN : Number(endDate.slice(0, 4));
  if (!(year > LATEST_END_YEAR)) {
    return [];
  }
  const message = `This course would end on ${endDate}, after ${LATEST_END_YEAR}; please check the start date and how long it lasts.`;
  return [scheduleError('business-rule', path, message)];
}

function durationIssue(duration: Duration, path: string): ScheduleIssue {
  const stated = `${duration.value} ${UNIT_WORDS[duration.unit]}`;
  const message =
    duration.value > 0
      ? `A course of ${stated} is longer than ten years; how long should it be taken?`
      : `A course of ${stated} cannot be right; how long should it be taken?`;
  return scheduleError('business-rule', path, message);
}
