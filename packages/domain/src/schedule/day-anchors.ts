import type { LocalTime } from './dose-schedule';

/**
 * A patient's own times for the named moments of a day. Sig words such as "at bedtime" or "after
 * breakfast" (FHIR EventTiming codes) become these wall-clock times; the patient can change each.
 */
export interface DayAnchors {
  /** WAKE ("first thing in the morning"). */
  readonly wake: LocalTime;
  /** MORN ("in the morning", "mane"); also the first dose of an interval with no stated start. */
  readonly morning: LocalTime;
  /** CM; ACM and PCM are `mealOffsetMinutes` before and after it. */
  readonly breakfast: LocalTime;
  /** NOON ("at midday"). */
  readonly noon: LocalTime;
  /** CD; ACD and PCD are `mealOffsetMinutes` before and after it. */
  readonly lunch: LocalTime;
  /** AFT ("in the afternoon"). */
  readonly afternoon: LocalTime;
  /** EVE ("in the evening", "qpm"). */
  readonly evening: LocalTime;
  /** CV; ACV and PCV are `mealOffsetMinutes` before and after it. */
  readonly dinner: LocalTime;
  /** NIGHT ("at night", "nocte"). */
  readonly night: LocalTime;
  /** HS ("at bedtime", "qhs"). */
  readonly bedtime: LocalTime;
  /** Minutes between a meal and a before-meal (AC) or after-meal (PC) dose. */
  readonly mealOffsetMinutes: number;
}

/**
 * Anchor times used when the patient has not set their own.
 *
 * - wake 07:00, morning 08:00, breakfast 08:00, noon 12:00, lunch 13:00, afternoon 15:00,
 *   evening 18:00, dinner 19:00, night 21:00, bedtime 22:00;
 * - before a meal = 30 minutes before it (breakfast AC 07:30), after a meal = 30 minutes after
 *   it (breakfast PC 08:30).
 *
 * Night and bedtime differ on purpose, so "at night and at bedtime" never collapses into one dose.
 */
export const DEFAULT_DAY_ANCHORS: DayAnchors = Object.freeze({
  wake: '07:00',
  morning: '08:00',
  breakfast: '08:00',
  noon: '12:00',
  lunch: '13:00',
  afternoon: '15:00',
  evening: '18:00',
  dinner: '19:00',
  night: '21:00',
  bedtime: '22:00',
  mealOffsetMinutes: 30,
});

/**
 * Clock times for "N times a day" when the sig names no times and no meals, spread over waking
 * hours: once 08:00; twice 08:00 and 20:00; three times 08:00, 14:00 and 20:00; four times 08:00,
 * 12:00, 16:00 and 20:00. Five to {@link MAX_DOSES_PER_DAY} times a day spread evenly from the
 * `wake` anchor to the `bedtime` anchor instead (rounded to 5 minutes).
 */
export const DEFAULT_TIMES_PER_DAY: Readonly<Record<1 | 2 | 3 | 4, readonly LocalTime[]>> =
  Object.freeze({
    1: ['08:00'],
    2: ['08:00', '20:00'],
    3: ['08:00', '14:00', '20:00'],
    4: ['08:00', '12:00', '16:00', '20:00'],
  });

/**
 * The most doses a day reminders are set for. A reading with more (as a count per day or as
 * named clock times) comes back as a `business-rule` issue to check.
 */
export const MAX_DOSES_PER_DAY = 12;
