import { Temporal } from 'temporal-polyfill';
import type { SigReading, SigStep } from '../sig/sig-reading';
import { canonicalTimeZone } from '../timezone/canonical-time-zone';
import { DEFAULT_DAY_ANCHORS, type DayAnchors } from './day-anchors';
import type { DoseSchedule, SchedulePhase } from './dose-schedule';
import { isLocalTime } from './local-time';
import { durationInDays } from './phase-length';
import { endYearIssues, isPlausibleDuration, plausibilityIssues } from './plausibility-issues';
import { shiftedEndDate } from './shifted-end-date';
import { buildPhases } from './schedule-phases';
import { scheduleError, type ScheduleIssue, type ScheduleResult } from './schedule-result';

/** Where and from when a schedule runs, and the patient's own anchor times. */
export interface BuildScheduleOptions {
  /** IANA time zone name (or a fixed offset such as `+05:30`) of the patient. */
  readonly timeZone: string;
  /** First local date of the schedule, `YYYY-MM-DD`. */
  readonly startDate: string;
  /**
   * The patient's own anchor times; each missing one falls back to
   * {@link DEFAULT_DAY_ANCHORS}.
   * @defaultValue `DEFAULT_DAY_ANCHORS`
   */
  readonly anchors?: Partial<DayAnchors>;
  /**
   * The instant the course starts (ISO 8601 with `Z` or an offset), normally the moment the
   * patient confirms it. It becomes the schedule's `notBefore`: slots before it are never
   * reminded, and a course of a fixed number of days keeps its full number of doses by running
   * on into the day after its nominal last date (see {@link DoseSchedule.notBefore}). It must not
   * fall after `startDate` in `timeZone`; it may fall before it ("starting tomorrow").
   * @defaultValue absent: the schedule starts at midnight on `startDate`, so a course built
   * late in the day counts the day's earlier slots as if they had been taken.
   */
  readonly startAt?: string;
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Turns a sig reading into a dose schedule in the patient's zone, or into the questions to ask
 * first. As-needed readings get only an as-needed pattern, never fixed times. A duration ends the
 * schedule (`endDate` = start + duration - 1 day; months by calendar arithmetic); a count ends it
 * after that many doses (`maxDoses`). With `startAt`, slots before it are skipped and a course of
 * a fixed number of days still gives its full number of doses, ending one date later when it
 * starts part-way through its first day (then `endDate` names the date of the last dose). Ambiguous readings, readings without any frequency or
 * timing, frequency ranges, and contradictions come back as `needsClarification` with one issue
 * per problem; so do implausible values (a dose of 0, a course of 0 days or over ten years, one
 * ending after {@link LATEST_END_YEAR}, too many doses a day, too short an interval) as
 * `business-rule` issues. Never throws for bad input: the options are checked and reported as issues too.
 */
export function buildSchedule(reading: SigReading, options: BuildScheduleOptions): ScheduleResult {
  const checked = checkOptions(options);
  if (checked.issues.length > 0 || checked.start === null || checked.timeZone === null) {
    return { kind: 'needsClarification', issues: checked.issues };
  }
  const built = buildPhases(reading, checked.anchors, checked.start);
  const end = endDateFor(reading, built.phases, checked.start);
  const issues = withoutRepeats([
    ...ambiguityIssues(reading),
    ...plausibilityIssues(reading, 'reading'),
    ...built.issues,
    ...end.issues,
  ]);
  if (issues.length > 0) {
    return { kind: 'needsClarification', issues };
  }
  const nominal: DoseSchedule = {
    timeZone: checked.timeZone,
    startDate: checked.start.toString(),
    endDate: end.endDate,
    maxDoses: reading.asNeeded ? null : reading.count,
    phases: built.phases,
    ...(checked.startAt === null ? {} : { notBefore: checked.startAt }),
  };
  const schedule = { ...nominal, endDate: shiftedEndDate(nominal) };
  const endPath = reading.duration === null ? 'reading.steps' : 'reading.duration';
  const tooLate = endYearIssues(schedule.endDate, endPath);
  return tooLate.length > 0
    ? { kind: 'needsClarification', issues: tooLate }
    : { kind: 'ok', schedule };
}

interface CheckedOptions {
  readonly timeZone: string | null;
  readonly start: Temporal.PlainDate | null;
  /** `options.startAt` as a UTC instant, or null when absent or unusable. */
  readonly startAt: string | null;
  readonly anchors: DayAnchors;
  readonly issues: readonly ScheduleIssue[];
}

function checkOptions(options: BuildScheduleOptions): CheckedOptions {
  const issues: ScheduleIssue[] = [];
  const timeZone = canonicalTimeZone(options.timeZone);
  if (timeZone === null) {
    const message = `"${options.timeZone}" is not a known time zone.`;
    issues.push(scheduleError('value', 'options.timeZone', message));
  }
  const start = parseDate(options.startDate);
  if (start === null) {
    const message = `"${options.startDate}" is not a date in YYYY-MM-DD form.`;
    issues.push(scheduleError('value', 'options.startDate', message));
  }
  const anchors = { ...DEFAULT_DAY_ANCHORS, ...options.anchors };
  issues.push(...anchorIssues(anchors));
  const startAt = checkStartAt(options.startAt, timeZone, start, issues);
  return { timeZone, start, startAt, anchors, issues };
}

function checkStartAt(
  value: string | undefined,
  timeZone: string | null,
  start: Temporal.PlainDate | null,
  issues: ScheduleIssue[],
): string | null {
  if (value === undefined) {
    return null;
  }
  const instant = parseInstant(value);
  if (instant === null) {
    const message = `"${value}" is not an instant such as 2026-03-01T17:08:00Z.`;
    issues.push(scheduleError('value', 'options.startAt', message));
    return null;
  }
  if (timeZone === null || start === null) {
    return null;
  }
  const localDate = instant.toZonedDateTimeISO(timeZone).toPlainDate();
  if (Temporal.PlainDate.compare(localDate, start) > 0) {
    const message = `The course cannot start at ${value}, after its first date ${start.toString()}.`;
    issues.push(scheduleError('value', 'options.startAt', message));
    return null;
  }
  return instant.toString();
}

function parseInstant(value: string): Temporal.Instant | null {
  try {
    return Temporal.Instant.from(value);
  } catch (error) {
    // A string without a date, a time or an offset is bad input, reported as an issue.
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

function parseDate(value: string): Temporal.PlainDate | null {
  if (!DATE_PATTERN.test(value)) {
    return null;
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch (error) {
    // An impossible date such as 2026-02-30 is bad input, reported as an issue.
    if (error instanceof RangeError) {
      return null;
    }
    throw error;
  }
}

function anchorIssues(anchors: DayAnchors): ScheduleIssue[] {
  const issues: ScheduleIssue[] = [];
  for (const [name, value] of Object.entries(anchors)) {
    if (name === 'mealOffsetMinutes') {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 180) {
        const message = 'The meal offset must be a whole number of minutes from 0 to 180.';
        issues.push(scheduleError('value', 'options.anchors.mealOffsetMinutes', message));
      }
    } else if (typeof value !== 'string' || !isLocalTime(value)) {
      const message = `The ${name} time must be a time of day in HH:MM form.`;
      issues.push(scheduleError('value', `options.anchors.${name}`, message));
    }
  }
  return issues;
}

function ambiguityIssues(reading: SigReading): ScheduleIssue[] {
  const flagged = reading.ambiguous || anyStepAmbiguous(reading.steps);
  if (!flagged) {
    return [];
  }
  const message =
    'These instructions are unclear enough that a pharmacist would check them; ' +
    'please confirm the dose and timing with your prescriber or pharmacist.';
  return [scheduleError('business-rule', 'reading.ambiguous', message)];
}

function anyStepAmbiguous(steps: readonly SigStep[] | null): boolean {
  return (steps ?? []).some((step) => step.ambiguous || anyStepAmbiguous(step.steps));
}

function endDateFor(
  reading: SigReading,
  phases: readonly SchedulePhase[],
  start: Temporal.PlainDate,
): { readonly endDate: string | null; readonly issues: readonly ScheduleIssue[] } {
  if (reading.duration !== null && !isPlausibleDuration(reading.duration)) {
    return { endDate: null, issues: [] }; // reported by plausibilityIssues
  }
  if (reading.duration !== null) {
    const days = durationInDays(reading.duration, start);
    if (days === null) {
      const { value, unit } = reading.duration;
      const message = `A duration of ${value} ${unit} is not a whole number of days; how many days is meant?`;
      return { endDate: null, issues: [scheduleError('value', 'reading.duration', message)] };
    }
    return { endDate: start.add({ days: days - 1 }).toString(), issues: [] };
  }
  const bounded = phases.every((phase) => phase.days !== null && phase.maxDoses == null);
  if (!bounded || phases.length === 0) {
    return { endDate: null, issues: [] };
  }
  const total = phases.reduce((sum, phase) => sum + (phase.days ?? 0), 0);
  return { endDate: start.add({ days: total - 1 }).toString(), issues: [] };
}

/** The root duration is checked for its phase and for the end date; report each problem once. */
function withoutRepeats(issues: readonly ScheduleIssue[]): ScheduleIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.path}\n${issue.message}`;
    const isNew = !seen.has(key);
    seen.add(key);
    return isNew;
  });
}
