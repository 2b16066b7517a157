import { Temporal } from 'temporal-polyfill';
import type { DayOfWeek } from '../sig/sig-reading';
import type { DosePattern, LocalTime } from './dose-schedule';

/** One expanded dose before it is placed in a phase: an instant plus its planned wall time. */
export interface PatternInstant {
  readonly epochMs: number;
  readonly localDate: string;
  readonly localTime: LocalTime;
}

/** The dates a pattern is expanded over, inclusive, plus the phase's first date for alignment. */
export interface PatternWindow {
  readonly timeZone: string;
  readonly phaseStart: Temporal.PlainDate;
  readonly from: Temporal.PlainDate;
  readonly to: Temporal.PlainDate;
}

const DAY_CODES: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const MS_PER_HOUR = 3_600_000;

/**
 * Every dose of one pattern whose planned local date lies in the window, in planned order.
 * Clock times become instants with Temporal's `compatible` disambiguation: a time inside a
 * spring-forward gap moves later by the size of the gap, and a time that occurs twice at a
 * fall-back change fires once, at the earlier instant. Interval patterns step in exact elapsed
 * hours from the first dose time on the phase's first date; their local date and time are those
 * of the instant itself. As-needed patterns have no instants.
 */
export function patternInstants(pattern: DosePattern, window: PatternWindow): PatternInstant[] {
  switch (pattern.kind) {
    case 'daily':
      return clockInstants(pattern.times, window, (date) =>
        isEveryNthDay(
          window.phaseStart.until(date).days - (pattern.offsetDays ?? 0),
          pattern.everyNDays,
        ),
      );
    case 'weekly':
      return clockInstants(pattern.times, window, (date) => isWeeklyDate(pattern, window, date));
    case 'monthly':
      return monthlyInstants(pattern.times, pattern.everyNMonths, window);
    case 'interval':
      return intervalInstants(pattern.firstTime, pattern.everyHours, window);
    case 'asNeeded':
      return [];
  }
}

function isEveryNthDay(daysSinceFirst: number, everyNDays: number): boolean {
  return daysSinceFirst >= 0 && daysSinceFirst % everyNDays === 0;
}

function isWeeklyDate(
  pattern: Extract<DosePattern, { kind: 'weekly' }>,
  window: PatternWindow,
  date: Temporal.PlainDate,
): boolean {
  const code = DAY_CODES[date.dayOfWeek - 1];
  if (code === undefined || !pattern.daysOfWeek.includes(code)) {
    return false;
  }
  // Weeks run Monday to Sunday; week 0 is the one holding the phase's first date.
  const firstMonday = window.phaseStart.subtract({ days: window.phaseStart.dayOfWeek - 1 });
  const week = Math.floor(firstMonday.until(date).days / 7);
  return week % pattern.everyNWeeks === 0;
}

function clockInstants(
  times: readonly LocalTime[],
  window: PatternWindow,
  isDoseDate: (date: Temporal.PlainDate) => boolean,
): PatternInstant[] {
  const out: PatternInstant[] = [];
  for (
    let date = window.from;
    Temporal.PlainDate.compare(date, window.to) <= 0;
    date = date.add({ days: 1 })
  ) {
    if (Temporal.PlainDate.compare(date, window.phaseStart) >= 0 && isDoseDate(date)) {
      out.push(...times.map((time) => atClockTime(date, time, window.timeZone)));
    }
  }
  return out;
}

function monthlyInstants(
  times: readonly LocalTime[],
  everyNMonths: number,
  window: PatternWindow,
): PatternInstant[] {
  const out: PatternInstant[] = [];
  for (let step = 0; ; step += 1) {
    // Always count from the first date, so 31 January gives 28 February and then 31 March.
    const date = window.phaseStart.add({ months: step * everyNMonths });
    if (Temporal.PlainDate.compare(date, window.to) > 0) {
      return out;
    }
    if (Temporal.PlainDate.compare(date, window.from) >= 0) {
      out.push(...times.map((time) => atClockTime(date, time, window.timeZone)));
    }
  }
}

function intervalInstants(
  firstTime: LocalTime,
  everyHours: number,
  window: PatternWindow,
): PatternInstant[] {
  const stepMs = Math.round(everyHours * MS_PER_HOUR);
  const firstMs = window.phaseStart.toZonedDateTime({
    timeZone: window.timeZone,
    plainTime: firstTime,
  }).epochMilliseconds;
  const windowStartMs = window.from.toZonedDateTime(window.timeZone).epochMilliseconds;
  const out: PatternInstant[] = [];
  for (let k = Math.max(0, Math.ceil((windowStartMs - firstMs) / stepMs)); ; k += 1) {
    const zoned = Temporal.Instant.fromEpochMilliseconds(firstMs + k * stepMs).toZonedDateTimeISO(
      window.timeZone,
    );
    if (Temporal.PlainDate.compare(zoned.toPlainDate(), window.to) > 0) {
      return out;
    }
    const localTime = zoned.toPlainTime().toString({ smallestUnit: 'minute' });
    out.push({
      epochMs: zoned.epochMilliseconds,
      localDate: zoned.toPlainDate().toString(),
      localTime,
    });
  }
}

function atClockTime(date: Temporal.PlainDate, time: LocalTime, timeZone: string): PatternInstant {
  const zoned = date.toZonedDateTime({ timeZone, plainTime: time });
  return { epochMs: zoned.epochMilliseconds, localDate: date.toString(), localTime: time };
}
