import type { Frequency, SigStep } from '../sig/sig-reading';
import { DEFAULT_TIMES_PER_DAY, MAX_DOSES_PER_DAY, type DayAnchors } from './day-anchors';
import type { DosePattern, LocalTime } from './dose-schedule';
import { scheduleError, type ScheduleIssue, type ScheduleIssueCode } from './schedule-result';
import { stepTimes } from './step-times';

/**
 * The shortest interval, in hours, reminders are set for; a shorter "every N minutes" reading
 * comes back as a `business-rule` issue to check.
 */
export const MIN_INTERVAL_HOURS = 1;

/** The pattern of one sig step, or why it has none. */
export type StepPatternResult =
  | { readonly kind: 'ok'; readonly pattern: DosePattern }
  | { readonly kind: 'issues'; readonly issues: readonly ScheduleIssue[] };

/**
 * Works out when the doses of one step fall: as needed (never reminded), every N hours, or at
 * clock times (see `stepTimes`) on a calendar: daily, every N days, weekly on named days, every N
 * weeks (counted from the phase's first date) or every N months. "Every 24, 48 or 72 hours" counts
 * as every 1, 2 or 3 days so such a dose keeps its clock time across a daylight-saving change.
 * A frequency range ("once or twice a day", "every 4 to 6 hours") on a scheduled dose is asked
 * about, never guessed.
 *
 * @param path - where `step` sits in the reading, for issue paths (`reading.steps[0]`).
 */
export function patternForStep(
  step: SigStep,
  anchors: DayAnchors,
  path: string,
): StepPatternResult {
  if (step.asNeeded) {
    return ok({ kind: 'asNeeded', reason: step.asNeededFor });
  }
  const rangeIssues = [
    ...impossibleValueIssues(step, path),
    ...frequencyRangeIssues(step, path),
    ...dosesPerDayIssues(step, path),
  ];
  if (rangeIssues.length > 0) {
    return { kind: 'issues', issues: rangeIssues };
  }
  const frequency = step.frequency;
  if (frequency?.periodUnit === 'h' && (frequency.period / frequency.count) % 24 !== 0) {
    return intervalPattern(step, frequency, anchors, path);
  }
  const times = stepTimes(step, dosesPerOccasion(frequency), anchors, path);
  if (times.kind === 'issue') {
    return { kind: 'issues', issues: [times.issue] };
  }
  return calendarPattern(step, times.kind === 'times' ? times.times : null, path);
}

/** Numbers no sig means: a parser fault or a typo, asked about rather than expanded. */
function impossibleValueIssues(step: SigStep, path: string): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  const frequency = step.frequency;
  if (frequency !== null) {
    const wholePeriod = frequency.periodUnit === 'h' || Number.isInteger(frequency.period);
    if (
      !Number.isInteger(frequency.count) ||
      frequency.count < 1 ||
      !(frequency.period > 0) ||
      !wholePeriod
    ) {
      const message = `"${frequency.count} times every ${frequency.period} ${frequency.periodUnit}" is not a usable frequency; how often should it be taken?`;
      issues.push(scheduleError('value', `${path}.frequency`, message));
    }
  }
  if (step.count !== null && !(Number.isInteger(step.count) && step.count >= 1)) {
    const message = `"${step.count} doses" is not a usable number of doses; how many doses in total?`;
    issues.push(scheduleError('value', `${path}.count`, message));
  }
  return issues;
}

/** More doses a day than {@link MAX_DOSES_PER_DAY}, stated as a count or as clock times. */
function dosesPerDayIssues(step: SigStep, path: string): ScheduleIssue[] {
  const frequency = step.frequency;
  const perDay =
    frequency?.periodUnit === 'd' && frequency.period === 1 ? frequency.count : Number.NaN;
  const named = step.timesOfDay?.length ?? 0;
  const most = Math.max(Number.isFinite(perDay) ? perDay : 0, named);
  if (most <= MAX_DOSES_PER_DAY) {
    return [];
  }
  const field = named > MAX_DOSES_PER_DAY ? 'timesOfDay' : 'frequency';
  const message = `${most} doses a day is more than the ${MAX_DOSES_PER_DAY} a day reminders allow; please check how often it should be taken.`;
  return [scheduleError('business-rule', `${path}.${field}`, message)];
}

function frequencyRangeIssues(step: SigStep, path: string): ScheduleIssue[] {
  const frequency = step.frequency;
  if (frequency === null) {
    return [];
  }
  const issues: ScheduleIssue[] = [];
  if (step.frequencyMax !== null) {
    const message = `It says ${frequency.count} to ${step.frequencyMax} times; how many times should reminders be set for?`;
    issues.push(scheduleError('incomplete', `${path}.frequencyMax`, message));
  }
  if (step.periodMax !== null) {
    const unit = { h: 'hours', d: 'days', wk: 'weeks', mo: 'months' }[frequency.periodUnit];
    const message = `It says every ${frequency.period} to ${step.periodMax} ${unit}; which interval should reminders use?`;
    issues.push(scheduleError('incomplete', `${path}.periodMax`, message));
  }
  return issues;
}

/** Doses on each dosing day, or null when the sig states no frequency. */
function dosesPerOccasion(frequency: Frequency | null): number | null {
  if (frequency === null) {
    return null;
  }
  return frequency.periodUnit === 'd' && frequency.period === 1 ? frequency.count : 1;
}

function calendarPattern(
  step: SigStep,
  times: readonly LocalTime[] | null,
  path: string,
): StepPatternResult {
  const frequency = step.frequency;
  const days = step.dayOfWeek !== null && step.dayOfWeek.length > 0 ? step.dayOfWeek : null;
  const at = times ?? DEFAULT_TIMES_PER_DAY[1];
  if (frequency === null) {
    if (days !== null) {
      return ok({ kind: 'weekly', times: at, daysOfWeek: days, everyNWeeks: 1 });
    }
    return times === null ? noTiming(step, path) : ok({ kind: 'daily', times, everyNDays: 1 });
  }
  const { count, period, periodUnit } = frequency;
  if (periodUnit === 'h' || periodUnit === 'd') {
    const everyNDays = periodUnit === 'h' ? period / count / 24 : period;
    if (periodUnit === 'd' && count > 1 && period > 1) {
      return fail(
        'not-supported',
        `${path}.frequency`,
        `It says ${count} times every ${period} days; on which days and at which times?`,
      );
    }
    if (days !== null) {
      return everyNDays === 1
        ? ok({ kind: 'weekly', times: at, daysOfWeek: days, everyNWeeks: 1 })
        : fail(
            'incomplete',
            `${path}.dayOfWeek`,
            'It names days of the week and also says every few days; which is meant?',
          );
    }
    return ok({ kind: 'daily', times: at, everyNDays });
  }
  if (periodUnit === 'wk') {
    return weeklyPattern(count, period, days, at, path);
  }
  return count === 1 && days === null
    ? ok({ kind: 'monthly', times: at, everyNMonths: period })
    : fail(
        'not-supported',
        `${path}.frequency`,
        `It says ${count} times ${period === 1 ? 'a month' : `every ${period} months`}; on which days?`,
      );
}

function weeklyPattern(
  count: number,
  period: number,
  days: SigStep['dayOfWeek'],
  times: readonly LocalTime[],
  path: string,
): StepPatternResult {
  if (days === null) {
    // Once a week with no named day falls on the phase's first date's weekday, every N weeks.
    return count === 1
      ? ok({ kind: 'daily', times, everyNDays: 7 * period })
      : fail(
          'incomplete',
          `${path}.dayOfWeek`,
          `It says ${count} times a week; on which days of the week?`,
        );
  }
  if (count !== days.length && !(count === 1 && days.length === 1)) {
    const message = `It says ${count} times a week but names ${days.length} days; which days are meant?`;
    return fail('incomplete', `${path}.dayOfWeek`, message);
  }
  return ok({ kind: 'weekly', times, daysOfWeek: days, everyNWeeks: period });
}

function intervalPattern(
  step: SigStep,
  frequency: Frequency,
  anchors: DayAnchors,
  path: string,
): StepPatternResult {
  const everyHours = frequency.period / frequency.count;
  if (step.dayOfWeek !== null && step.dayOfWeek.length > 0) {
    return fail(
      'incomplete',
      `${path}.dayOfWeek`,
      `It says every ${everyHours} hours and also names days of the week; which is meant?`,
    );
  }
  if (!(everyHours >= MIN_INTERVAL_HOURS)) {
    return fail(
      'business-rule',
      `${path}.frequency`,
      `Every ${Math.round(everyHours * 60)} minutes is more often than reminders allow (at most every ${MIN_INTERVAL_HOURS} hour); please check how often it should be taken.`,
    );
  }
  const first = stepTimes({ ...step, frequency: null }, null, anchors, path);
  if (first.kind === 'issue') {
    return { kind: 'issues', issues: [first.issue] };
  }
  const firstTime = (first.kind === 'times' ? first.times[0] : undefined) ?? anchors.morning;
  return ok({ kind: 'interval', firstTime, everyHours });
}

function noTiming(step: SigStep, path: string): StepPatternResult {
  if (step.count === 1) {
    return fail('required', `${path}.count`, 'This is a single dose; when should it be taken?');
  }
  return fail('required', `${path}.frequency`, 'It does not say how often or when to take it.');
}

function ok(pattern: DosePattern): StepPatternResult {
  return { kind: 'ok', pattern };
}

function fail(code: ScheduleIssueCode, path: string, message: string): StepPatternResult {
  return { kind: 'issues', issues: [scheduleError(code, path, message)] };
}
