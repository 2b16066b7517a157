import { Temporal } from 'temporal-polyfill';
import type { DoseInstant, DosePattern, DoseSchedule } from '../schedule/dose-schedule';
import { expandDoses } from '../schedule/expand-doses';
import type { DoseRange } from '../sig/sig-reading';

/** A pattern that produces reminders (everything but as-needed). */
export type TimedPattern = Exclude<DosePattern, { kind: 'asNeeded' }>;

/**
 * One recurring reminder of a schedule: a single clock time of one pattern in one phase (or one
 * interval pattern), with its doses as `expandDoses` gives them.
 */
export interface CalendarSlot {
  readonly phaseIndex: number;
  readonly doseIndex: number;
  readonly pattern: TimedPattern;
  readonly dose: DoseRange | null;
  /** Every dose of the slot; for an open-ended slot, those of the first window only. */
  readonly doses: readonly [DoseInstant, ...DoseInstant[]];
  /** True when the slot never ends (an open-ended phase of a schedule without end or count). */
  readonly open: boolean;
  /** True when a dose count (not a date) ends the schedule or phase: write COUNT, not UNTIL. */
  readonly endsByCount: boolean;
}

/** Days expanded past the bounded part of a schedule to find every slot of an open-ended phase. */
export const OPEN_END_LOOKAHEAD_DAYS = 400;
/** A count-bounded schedule without an end date is searched at most this many days ahead. */
export const MAX_COUNT_SEARCH_DAYS = 366 * 40;

/**
 * Splits a schedule into calendar slots by expanding it with `expandDoses` (so a calendar shows
 * exactly the doses the reminders send) and grouping the doses by phase, pattern and planned
 * clock time. As-needed patterns give no slot.
 */
export function scheduleSlots(schedule: DoseSchedule): CalendarSlot[] {
  const openPhase = openEndedPhase(schedule);
  const doses = expandAll(schedule, openPhase !== null);
  const groups = new Map<string, DoseInstant[]>();
  for (const dose of doses) {
    const pattern = patternOf(schedule, dose);
    if (!pattern) continue;
    const key = `${dose.phaseIndex}/${dose.doseIndex ?? 0}/${pattern.kind === 'interval' ? '' : dose.localTime}`;
    groups.set(key, [...(groups.get(key) ?? []), dose]);
  }
  return [...groups.values()].flatMap((group) => {
    const [first, ...rest] = group;
    const pattern = first ? patternOf(schedule, first) : null;
    if (!first || !pattern) return [];
    const phase = schedule.phases[first.phaseIndex];
    const slot: CalendarSlot = {
      phaseIndex: first.phaseIndex,
      doseIndex: first.doseIndex ?? 0,
      pattern,
      dose: first.dose,
      doses: [first, ...rest],
      open: first.phaseIndex === openPhase,
      endsByCount: schedule.maxDoses !== null || phase?.maxDoses != null,
    };
    return [slot];
  });
}

/** True when `dose` belongs to `slot` (same phase, pattern and planned clock time). */
export function isDoseOfSlot(slot: CalendarSlot, dose: DoseInstant): boolean {
  const clock = slot.pattern.kind !== 'interval';
  return (
    dose.phaseIndex === slot.phaseIndex &&
    (dose.doseIndex ?? 0) === slot.doseIndex &&
    (!clock || dose.localTime === slot.doses[0].localTime)
  );
}

function patternOf(schedule: DoseSchedule, dose: DoseInstant): TimedPattern | null {
  const pattern = schedule.phases[dose.phaseIndex]?.doses[dose.doseIndex ?? 0]?.pattern;
  return pattern && pattern.kind !== 'asNeeded' ? pattern : null;
}

/** The phase that runs for ever, if any: open-ended, no count, and no end date on the schedule. */
function openEndedPhase(schedule: DoseSchedule): number | null {
  if (schedule.endDate !== null || schedule.maxDoses !== null) return null;
  const index = schedule.phases.findIndex((p) => p.days === null && p.maxDoses == null);
  return index < 0 ? null : index;
}

function expandAll(schedule: DoseSchedule, open: boolean): DoseInstant[] {
  const start = Temporal.PlainDate.from(schedule.startDate);
  const from = start.subtract({ days: 1 });
  if (schedule.endDate !== null) {
    return expandDays(schedule, from, Temporal.PlainDate.from(schedule.endDate).add({ days: 2 }));
  }
  // TODO: an open-ended pattern that repeats less often than every OPEN_END_LOOKAHEAD_DAYS
  // (monthly every 14+ months) may have no dose in the first window and then gets no event; the
  // bot's own reminders still fire. No sig in the corpus repeats that rarely.
  const boundedDays = schedule.phases.reduce((sum, p) => sum + (p.days ?? 0), 0);
  const firstWindow = boundedDays + OPEN_END_LOOKAHEAD_DAYS;
  if (open || schedule.maxDoses === null)
    return expandDays(schedule, from, start.add({ days: firstWindow }));
  // TODO: a count-bounded schedule whose doses do not all fall within MAX_COUNT_SEARCH_DAYS is
  // cut there; the calendar then ends early while reminders go on. No real schedule takes 40
  // years to reach its count, so this only guards against a runaway loop.
  let doses: DoseInstant[] = [];
  for (let days = firstWindow; days <= MAX_COUNT_SEARCH_DAYS; days *= 2) {
    doses = expandDays(schedule, from, start.add({ days }));
    if (doses.length >= schedule.maxDoses) break;
  }
  return doses;
}

/** Expands a schedule over whole local dates `[from, to)`. */
export function expandDays(
  schedule: DoseSchedule,
  from: Temporal.PlainDate,
  to: Temporal.PlainDate,
): DoseInstant[] {
  const instant = (date: Temporal.PlainDate): string =>
    date.toZonedDateTime(schedule.timeZone).toInstant().toString();
  return expandDoses(schedule, { from: instant(from), to: instant(to) });
}
