import type { EventTiming } from '../sig/sig-reading';
import type { DayAnchors } from './day-anchors';
import type { LocalTime } from './dose-schedule';
import { minutesOfDay, shiftLocalTime } from './local-time';

/** The outcome of turning `when` codes into clock times. */
export type EventTimesResult =
  | { readonly kind: 'ok'; readonly times: readonly LocalTime[] }
  | { readonly kind: 'unclear'; readonly message: string };

type Meal = 'breakfast' | 'lunch' | 'dinner';
type MealRelation = 'with' | 'before' | 'after';

const GENERIC_MEAL: Partial<Record<EventTiming, MealRelation>> = {
  C: 'with',
  AC: 'before',
  PC: 'after',
};

const SPECIFIC_MEAL: Partial<Record<EventTiming, [MealRelation, Meal]>> = {
  CM: ['with', 'breakfast'],
  CD: ['with', 'lunch'],
  CV: ['with', 'dinner'],
  ACM: ['before', 'breakfast'],
  ACD: ['before', 'lunch'],
  ACV: ['before', 'dinner'],
  PCM: ['after', 'breakfast'],
  PCD: ['after', 'lunch'],
  PCV: ['after', 'dinner'],
};

const TIME_OF_DAY: Partial<Record<EventTiming, Exclude<keyof DayAnchors, 'mealOffsetMinutes'>>> = {
  WAKE: 'wake',
  MORN: 'morning',
  NOON: 'noon',
  AFT: 'afternoon',
  EVE: 'evening',
  NIGHT: 'night',
  HS: 'bedtime',
};

/** Which meals a generic "with/before/after meals" covers, by how many of them a day. */
const MEALS_BY_COUNT: Readonly<Record<1 | 2 | 3, readonly Meal[]>> = {
  1: ['breakfast'],
  2: ['breakfast', 'dinner'],
  3: ['breakfast', 'lunch', 'dinner'],
};

/**
 * Turns FHIR EventTiming codes into wall-clock times from the patient's anchors, sorted and
 * without repeats. A generic meal code (C, AC, PC) covers as many meals as the daily count leaves
 * after the other codes: 1 → breakfast, 2 → breakfast and dinner, 3 or no count → all three
 * meals. So "twice daily with meals" is breakfast and dinner, and "three times daily after food"
 * is 30 minutes (the `mealOffsetMinutes` anchor) after each meal.
 *
 * @param dosesPerDay - the stated number of doses a day, or null when the sig states none.
 */
export function resolveEventTimes(
  when: readonly EventTiming[],
  dosesPerDay: number | null,
  anchors: DayAnchors,
): EventTimesResult {
  const fixed = when.flatMap((code) => fixedTime(code, anchors));
  const generic = when.flatMap((code) => GENERIC_MEAL[code] ?? []);
  if (generic.length > 1) {
    return { kind: 'unclear', message: 'It says both before and after (or with) meals.' };
  }
  const relation = generic[0];
  const times = relation === undefined ? fixed : withMeals(fixed, relation, dosesPerDay, anchors);
  if (typeof times === 'string') {
    return { kind: 'unclear', message: times };
  }
  const unique = [...new Set(times)].sort((a, b) => minutesOfDay(a) - minutesOfDay(b));
  if (dosesPerDay !== null && unique.length !== dosesPerDay) {
    return {
      kind: 'unclear',
      message: `It says ${dosesPerDay} times a day but names ${unique.length} times of day.`,
    };
  }
  return { kind: 'ok', times: unique };
}

function withMeals(
  fixed: readonly LocalTime[],
  relation: MealRelation,
  dosesPerDay: number | null,
  anchors: DayAnchors,
): LocalTime[] | string {
  const mealCount = dosesPerDay === null ? 3 : dosesPerDay - fixed.length;
  if (mealCount !== 1 && mealCount !== 2 && mealCount !== 3) {
    return `It says ${dosesPerDay ?? 'no number of'} times a day with meals; which meals are meant?`;
  }
  return [...fixed, ...MEALS_BY_COUNT[mealCount].map((meal) => mealTime(relation, meal, anchors))];
}

function fixedTime(code: EventTiming, anchors: DayAnchors): LocalTime[] {
  const anchor = TIME_OF_DAY[code];
  if (anchor !== undefined) {
    return [anchors[anchor]];
  }
  const meal = SPECIFIC_MEAL[code];
  return meal === undefined ? [] : [mealTime(meal[0], meal[1], anchors)];
}

function mealTime(relation: MealRelation, meal: Meal, anchors: DayAnchors): LocalTime {
  const offset = { with: 0, before: -anchors.mealOffsetMinutes, after: anchors.mealOffsetMinutes };
  return shiftLocalTime(anchors[meal], offset[relation]);
}
