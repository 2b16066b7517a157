import { Temporal } from 'temporal-polyfill';
import type { DoseInstant, DoseSchedule } from '../schedule/dose-schedule';
import { expandDays, isDoseOfSlot, type CalendarSlot } from './calendar-slots';

/** How a run of a slot's recurrence ends. */
export type RunEnd =
  | { readonly kind: 'until'; readonly at: string }
  | { readonly kind: 'count'; readonly count: number }
  | { readonly kind: 'open' };

/** A stretch of regular doses that one RRULE reproduces, from its first dose. */
export interface SlotRun {
  readonly start: DoseInstant;
  readonly end: RunEnd;
}

/** A slot cut into RRULE runs and the irregular doses between them. */
export interface SlotSegments {
  readonly runs: readonly SlotRun[];
  /** Doses written as one-off events at their exact instant. */
  readonly singles: readonly DoseInstant[];
}

/** Searches for the next dose after an irregular one in windows of these many days. */
const NEXT_DOSE_SEARCH_DAYS = [8, 64, 800] as const;

/**
 * Cuts a slot into runs of regular doses and one-off irregular doses. A dose is irregular when
 * its planned local time falls in a daylight-saving gap or overlap (calendar readers disagree on
 * those: ical.js moves a gap time earlier and picks the later of two repeated times; node-ical
 * carries a gap shift into later days), or when it is a monthly dose on the 29th or 30th clamped
 * into a shorter month (RRULE skips such months). Irregular doses become one-off UTC events, so
 * every reader shows the instant `expandDoses` gives. For an open-ended slot, irregular doses
 * after the expanded window are found from the zone's transitions up to `horizonYear`.
 */
export function slotSegments(
  slot: CalendarSlot,
  schedule: DoseSchedule,
  horizonYear: number,
): SlotSegments {
  const zone = schedule.timeZone;
  const runs: SlotRun[] = [];
  const singles: DoseInstant[] = [];
  let current: DoseInstant[] = [];
  const close = (): void => {
    const [start] = current;
    const last = current[current.length - 1];
    if (start && last) {
      const end: RunEnd = slot.endsByCount
        ? { kind: 'count', count: current.length }
        : { kind: 'until', at: last.at };
      runs.push({ start, end });
    }
    current = [];
  };
  for (const dose of slot.doses) {
    if (isIrregular(slot, dose, zone)) {
      close();
      singles.push(dose);
    } else current.push(dose);
  }
  if (!slot.open) {
    close();
    return { runs, singles };
  }
  const lastSingle = singles[singles.length - 1];
  const endsIrregular =
    lastSingle !== undefined && lastSingle === slot.doses[slot.doses.length - 1];
  let runStart = current[0] ?? (endsIrregular ? nextDoseAfter(slot, schedule, lastSingle) : null);
  for (const dose of laterIrregularDoses(slot, schedule, horizonYear)) {
    if (runStart)
      runs.push({ start: runStart, end: { kind: 'until', at: justBefore(dose, zone) } });
    singles.push(dose);
    runStart = nextDoseAfter(slot, schedule, dose);
  }
  if (runStart) runs.push({ start: runStart, end: { kind: 'open' } });
  return { runs, singles };
}

/** The day of the month a monthly slot is planned on (its first dose's day). */
export function plannedMonthDay(slot: CalendarSlot): number {
  return Temporal.PlainDate.from(slot.doses[0].localDate).day;
}

function isIrregular(slot: CalendarSlot, dose: DoseInstant, zone: string): boolean {
  if (slot.pattern.kind === 'interval') return false;
  const planned = Temporal.PlainDateTime.from(`${dose.localDate}T${dose.localTime}`);
  const monthDay = plannedMonthDay(slot);
  if (slot.pattern.kind === 'monthly' && monthDay < 31 && planned.day !== monthDay) return true;
  try {
    planned.toZonedDateTime(zone, { disambiguation: 'reject' });
    return false;
  } catch (error) {
    // Temporal rejects a wall-clock time that does not exist or exists twice.
    if (error instanceof RangeError) return true;
    throw error;
  }
}

// TODO: past the first window only daylight-saving irregularities are looked for; an open-ended
// monthly dose on the 29th or 30th is then missing from the calendar in February (RRULE skips the
// month) while the bot still reminds on the 28th. Bounded schedules are fully handled.
function laterIrregularDoses(
  slot: CalendarSlot,
  schedule: DoseSchedule,
  horizonYear: number,
): DoseInstant[] {
  const zone = schedule.timeZone;
  const last = slot.doses[slot.doses.length - 1] ?? slot.doses[0];
  const windowEnd = Temporal.PlainDate.from(last.localDate);
  const out: DoseInstant[] = [];
  let transition = windowEnd.add({ days: 1 }).toZonedDateTime(zone).getTimeZoneTransition('next');
  while (transition && transition.year <= horizonYear) {
    const date = transition.toPlainDate();
    const doses = expandDays(schedule, date.subtract({ days: 1 }), date.add({ days: 2 }));
    out.push(...doses.filter((d) => isDoseOfSlot(slot, d) && isIrregular(slot, d, zone)));
    transition = transition.getTimeZoneTransition('next');
  }
  return out.filter((d, i) => out.findIndex((o) => o.at === d.at) === i);
}

function nextDoseAfter(
  slot: CalendarSlot,
  schedule: DoseSchedule,
  dose: DoseInstant,
): DoseInstant | null {
  const from = Temporal.PlainDate.from(dose.localDate).add({ days: 1 });
  for (const days of NEXT_DOSE_SEARCH_DAYS) {
    const next = expandDays(schedule, from, from.add({ days })).find((d) => isDoseOfSlot(slot, d));
    if (next) return next;
  }
  return null;
}

/** One second before the local day of `dose` starts: ends a run just before that dose's day. */
function justBefore(dose: DoseInstant, zone: string): string {
  const dayStart = Temporal.PlainDate.from(dose.localDate).toZonedDateTime(zone);
  return dayStart.toInstant().subtract({ seconds: 1 }).toString();
}
