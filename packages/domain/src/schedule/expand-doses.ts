import { Temporal } from 'temporal-polyfill';
import type { DoseRange } from '../sig/sig-reading';
import type { DoseInstant, DosePattern, DoseSchedule, SchedulePhase } from './dose-schedule';
import { boundaryMs, courseStartOf } from './course-start';
import { isLocalTime } from './local-time';
import { patternInstants, type PatternInstant, type PatternWindow } from './pattern-instants';

/** A half-open range of instants `[from, to)`, each ISO 8601 with a `Z` or an offset. */
export interface InstantRange {
  readonly from: string;
  readonly to: string;
}

/** Days expanded at a time. */
const CHUNK_DAYS = 32;

interface PhaseDose extends PatternInstant {
  readonly doseIndex: number;
  readonly dose: DoseRange | null;
}

/**
 * Expands a schedule into the dose instants that fall in `[range.from, range.to)`, sorted by
 * instant, computed with Temporal in the schedule's zone.
 *
 * - Daily, weekly and monthly doses stay at their local wall-clock time across daylight-saving
 *   changes (08:00 stays 08:00).
 * - A planned time inside a spring-forward gap fires at the shifted, later time (02:30 on a
 *   day the clock jumps from 02:00 to 03:00 fires at 03:30); its `localTime` keeps the planned
 *   02:30.
 * - A planned time that occurs twice at a fall-back change fires once, at the earlier instant.
 * - Interval doses ("every 8 hours") step in exact elapsed hours from the first dose time on the
 *   phase's first date, across midnight and across clock changes, so their wall-clock times move
 *   by the size of a change.
 * - Phases run one after another; `maxDoses` (schedule or phase) counts doses from the start of
 *   the schedule (or phase), so such schedules are expanded from their start whatever the range.
 * - `notBefore` (see {@link DoseSchedule}) drops earlier doses; a course confirmed part-way
 *   through its first day runs each day-counted phase from that time of day to the same time
 *   on the day after its last date, so it keeps its full number of doses.
 * - As-needed patterns yield nothing.
 *
 * @throws RangeError when `range` holds no valid instants, or the schedule is malformed (an
 * unknown zone, a bad date or time, a non-positive interval): schedules are validated when built,
 * so this is a bug.
 */
export function expandDoses(schedule: DoseSchedule, range: InstantRange): DoseInstant[] {
  assertWellFormed(schedule);
  const fromMs = Temporal.Instant.from(range.from).epochMilliseconds;
  const toMs = Temporal.Instant.from(range.to).epochMilliseconds;
  if (fromMs >= toMs) {
    return [];
  }
  // One local day of margin each side covers doses shifted across midnight by a gap.
  const visible = {
    from: localDateOf(fromMs, schedule.timeZone).subtract({ days: 1 }),
    to: localDateOf(toMs, schedule.timeZone).add({ days: 1 }),
  };
  const out: DoseInstant[] = [];
  walkPhases(schedule, visible, (dose, phaseIndex) => {
    if (dose.epochMs >= fromMs && dose.epochMs < toMs) {
      out.push(toDoseInstant(dose, phaseIndex));
    }
  });
  return out;
}

interface DateWindow {
  readonly from: Temporal.PlainDate;
  readonly to: Temporal.PlainDate;
}

function walkPhases(
  schedule: DoseSchedule,
  visible: DateWindow,
  visit: (dose: PhaseDose, phaseIndex: number) => void,
): void {
  const scheduleEnd = schedule.endDate === null ? null : Temporal.PlainDate.from(schedule.endDate);
  const lastDate = earliest(visible.to, scheduleEnd);
  const course = courseStartOf(schedule);
  let remaining = schedule.maxDoses ?? Number.POSITIVE_INFINITY;
  let phaseStart: Temporal.PlainDate | null = Temporal.PlainDate.from(schedule.startDate);
  let fromMs = course.notBeforeMs;
  for (const [phaseIndex, phase] of schedule.phases.entries()) {
    if (phaseStart === null || Temporal.PlainDate.compare(phaseStart, lastDate) > 0) {
      return;
    }
    const counting = schedule.maxDoses !== null || phase.maxDoses != null;
    const from = counting ? phaseStart : latest(phaseStart, visible.from);
    const fixedEnd: Temporal.PlainDate | null =
      phase.days === null ? null : phaseStart.add({ days: phase.days - 1 });
    const nextStart: Temporal.PlainDate | null = fixedEnd?.add({ days: 1 }) ?? null;
    // A shifted course runs each day-counted phase into the morning after its last date.
    const toMs = nextStart === null ? null : boundaryMs(nextStart, course, schedule.timeZone);
    const dates = { from, to: earliest(lastDate, toMs === null ? fixedEnd : nextStart) };
    const bounds = { fromMs, toMs: toMs ?? Number.POSITIVE_INFINITY };
    const doses = phaseDoses(schedule.timeZone, phase, { phaseStart, dates, bounds }, remaining);
    for (const dose of doses.doses) {
      if (remaining <= 0) {
        return;
      }
      remaining -= 1;
      visit(dose, phaseIndex);
    }
    phaseStart = doses.lastDoseDate?.add({ days: 1 }) ?? nextStart;
    // After a phase ended by its dose count, the next one starts at midnight; else where it ended.
    fromMs =
      doses.lastDoseDate === null && toMs !== null
        ? Math.max(toMs, course.notBeforeMs)
        : course.notBeforeMs;
  }
}

interface PhaseWindow {
  readonly phaseStart: Temporal.PlainDate;
  readonly dates: DateWindow;
  /** Instants `[fromMs, toMs)` the phase's doses must fall in, on top of the dates. */
  readonly bounds: { readonly fromMs: number; readonly toMs: number };
}

function phaseDoses(
  timeZone: string,
  phase: SchedulePhase,
  window: PhaseWindow,
  remaining: number,
): { readonly doses: PhaseDose[]; readonly lastDoseDate: Temporal.PlainDate | null } {
  const { phaseStart, dates, bounds } = window;
  const limit = Math.min(remaining, phase.maxDoses ?? Number.POSITIVE_INFINITY);
  const all: PhaseDose[] = [];
  // Expand a month or so at a time, so a counted schedule that started long ago stops at its
  // last dose instead of expanding every day since.
  let from = dates.from;
  while (Temporal.PlainDate.compare(from, dates.to) <= 0 && all.length < limit) {
    const to = earliest(dates.to, from.add({ days: CHUNK_DAYS - 1 }));
    const chunk = chunkDoses({ timeZone, phaseStart, from, to }, phase);
    all.push(
      ...chunk.filter((dose) => dose.epochMs >= bounds.fromMs && dose.epochMs < bounds.toMs),
    );
    from = to.add({ days: 1 });
  }
  if (phase.maxDoses == null || all.length < phase.maxDoses) {
    return { doses: all, lastDoseDate: null };
  }
  const doses = all.slice(0, phase.maxDoses);
  const last = doses[doses.length - 1];
  return {
    doses,
    lastDoseDate: last === undefined ? null : Temporal.PlainDate.from(last.localDate),
  };
}

function chunkDoses(window: PatternWindow, phase: SchedulePhase): PhaseDose[] {
  return phase.doses
    .flatMap(({ pattern, dose }, doseIndex) =>
      patternInstants(pattern, window).map((instant) => ({ ...instant, doseIndex, dose })),
    )
    .sort((a, b) => a.epochMs - b.epochMs || a.doseIndex - b.doseIndex);
}

function toDoseInstant(dose: PhaseDose, phaseIndex: number): DoseInstant {
  return {
    at: Temporal.Instant.fromEpochMilliseconds(dose.epochMs).toString(),
    localDate: dose.localDate,
    localTime: dose.localTime,
    dose: dose.dose,
    phaseIndex,
    doseIndex: dose.doseIndex,
  };
}

function localDateOf(epochMs: number, timeZone: string): Temporal.PlainDate {
  return Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(timeZone).toPlainDate();
}

function earliest(a: Temporal.PlainDate, b: Temporal.PlainDate | null): Temporal.PlainDate {
  return b !== null && Temporal.PlainDate.compare(b, a) < 0 ? b : a;
}

function latest(a: Temporal.PlainDate, b: Temporal.PlainDate): Temporal.PlainDate {
  return Temporal.PlainDate.compare(b, a) > 0 ? b : a;
}

function assertWellFormed(schedule: DoseSchedule): void {
  for (const phase of schedule.phases) {
    if (phase.days !== null && !isPositiveInteger(phase.days)) {
      throw new RangeError(
        `A schedule phase lasts ${phase.days} days; expected a positive integer.`,
      );
    }
    for (const { pattern } of phase.doses) {
      const times = pattern.kind === 'interval' ? [pattern.firstTime] : patternTimes(pattern);
      if (!isValidStep(pattern) || times.some((time) => !isLocalTime(time))) {
        throw new RangeError(`Malformed ${pattern.kind} pattern in a dose schedule.`);
      }
    }
  }
}

function patternTimes(pattern: DosePattern): readonly string[] {
  return pattern.kind === 'asNeeded' || pattern.kind === 'interval' ? [] : pattern.times;
}

function isValidStep(pattern: DosePattern): boolean {
  switch (pattern.kind) {
    case 'daily':
      return (
        isPositiveInteger(pattern.everyNDays) && isPositiveInteger((pattern.offsetDays ?? 0) + 1)
      );
    case 'weekly':
      return isPositiveInteger(pattern.everyNWeeks);
    case 'monthly':
      return isPositiveInteger(pattern.everyNMonths);
    case 'interval':
      // Anything under a minute would make a runaway expansion.
      return Number.isFinite(pattern.everyHours) && pattern.everyHours >= 1 / 60;
    case 'asNeeded':
      return true;
  }
}

function isPositiveInteger(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}
