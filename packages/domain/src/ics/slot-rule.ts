import { Temporal } from 'temporal-polyfill';
import type { DayOfWeek } from '../sig/sig-reading';
import type { CalendarSlot } from './calendar-slots';
import { plannedMonthDay, type RunEnd, type SlotRun } from './slot-segments';

const ICAL_DAYS: Readonly<Record<DayOfWeek, string>> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};
const DAY_ORDER: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * The RRULE value (without `RRULE:`) of one run of a slot, repeating like `expandDoses` does:
 * daily every n days, weekly on the named days every n weeks (weeks start on Monday), monthly on
 * the planned day (the 31st as the month's last day), or every n hours (minutes when the interval
 * is not whole hours) in elapsed time. It ends with `COUNT`, with `UNTIL` in UTC, or not at all.
 */
export function slotRule(slot: CalendarSlot, run: SlotRun): string {
  return [...repeatParts(slot), ...endParts(run.end)].join(';');
}

function repeatParts(slot: CalendarSlot): string[] {
  const { pattern } = slot;
  switch (pattern.kind) {
    case 'daily':
      return ['FREQ=DAILY', ...interval(pattern.everyNDays)];
    case 'weekly': {
      const days = DAY_ORDER.filter((d) => pattern.daysOfWeek.includes(d)).map((d) => ICAL_DAYS[d]);
      return [
        'FREQ=WEEKLY',
        ...interval(pattern.everyNWeeks),
        `BYDAY=${days.join(',')}`,
        'WKST=MO',
      ];
    }
    case 'monthly':
      return [
        'FREQ=MONTHLY',
        ...interval(pattern.everyNMonths),
        ...monthDay(plannedMonthDay(slot)),
      ];
    case 'interval':
      return Number.isInteger(pattern.everyHours)
        ? ['FREQ=HOURLY', ...interval(pattern.everyHours)]
        : ['FREQ=MINUTELY', ...interval(Math.round(pattern.everyHours * 60))];
  }
}

function interval(n: number): string[] {
  return n === 1 ? [] : [`INTERVAL=${n}`];
}

/** The 31st means the month's last day, as Temporal's month arithmetic clamps it. */
function monthDay(day: number): string[] {
  return [`BYMONTHDAY=${day === 31 ? -1 : day}`];
}

function endParts(end: RunEnd): string[] {
  if (end.kind === 'open') return [];
  if (end.kind === 'count') return [`COUNT=${end.count}`];
  return [`UNTIL=${formatUtc(end.at)}`];
}

/** An instant as an iCalendar UTC date-time, such as `20260402T183000Z`. */
export function formatUtc(instant: string): string {
  const utc = Temporal.Instant.from(instant).toZonedDateTimeISO('UTC');
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${utc.year}${pad(utc.month)}${pad(utc.day)}T${pad(utc.hour)}${pad(utc.minute)}${pad(utc.second)}Z`;
}
