import type { EventTiming } from './sig-reading';
import type { SigMatch } from './sig-text-mask';
import { maskMatches } from './sig-text-mask';

type MealPrefix = 'AC' | 'C' | 'PC';

const MEAL_SUFFIX: Readonly<Record<string, 'M' | 'D' | 'V'>> = {
  breakfast: 'M',
  lunch: 'D',
  dinner: 'V',
  supper: 'V',
  'evening meal': 'V',
  tea: 'V',
};

const MEAL = '(?:breakfast|lunch|dinner|supper|evening meal)';

function prefixOf(word: string): MealPrefix {
  if (/^(?:before|ac)$/.test(word)) return 'AC';
  if (/^(?:after|pc)$/.test(word)) return 'PC';
  return 'C';
}

function mealCodes(prefix: MealPrefix, list: string): EventTiming[] {
  const meals = list.match(new RegExp(MEAL, 'g')) ?? [];
  return meals.map((meal) => `${prefix}${MEAL_SUFFIX[meal] ?? 'M'}` as EventTiming);
}

/**
 * A bare "am"/"pm" is a time of day only where sig shorthand puts one: after q, every, each,
 * "in the", a number, a dose form or route ("1 tab po am"), beside the other half ("am and
 * pm"), after a stretch already read ("twice a day am and pm"), or opening a clause that goes on with no pronoun ("am: 2 tabs"). Elsewhere it is English.
 */
const HALF_DAY_BEFORE =
  '(?<=(?:^|\\b(?:q|every|each|in the|this|per|at|on|po|tabs?|tablets?|caps?|capsules?|pills?|mg|mcg|g|ml|units?|puffs?|drops?|sprays?|daily|and|or|&|then|\\d+(?:\\.\\d+)?)|\\|)\\s*)';
const HALF_DAY_AFTER =
  '(?!\\s+(?:i|you|we|they|he|she|it|not|so|very|still|going|taking|in|on|at)\\b)';

function halfDay(word: 'am' | 'pm'): string {
  return `${HALF_DAY_BEFORE}\\b${word}\\b${HALF_DAY_AFTER}`;
}

const TIME_OF_DAY: readonly (readonly [RegExp, EventTiming])[] = [
  [
    /\b(?:first thing in the morning|on waking|upon waking|after waking|on rising|on getting up|(?:when|as soon as) (?:you|i|they|he|she) (?:wake|get) up)\b/g,
    'WAKE',
  ],
  [
    /\b(?:bed ?time|q ?hs|hs|bt|at bed|before bed|before sleep|before (?:you |i )?(?:go|going) to (?:bed|sleep))\b/g,
    'HS',
  ],
  [new RegExp(`\\b(?:mornings?|qam|mane|om)\\b|${halfDay('am')}`, 'g'), 'MORN'],
  [/\b(?:noon|midday|mid-day)\b/g, 'NOON'],
  [/\bafternoons?\b/g, 'AFT'],
  [new RegExp(`\\b(?:evenings?|qpm)\\b|${halfDay('pm')}`, 'g'), 'EVE'],
  [/\b(?:night ?time|nights?|nocte|nightly|qn)\b/g, 'NIGHT'],
];

const GENERIC_MEAL =
  /\b(?:(before|with|after)\s+(?:meals?|food|a meal|each meal|eating|meal ?times|a snack)|(ac|pc)\b|(at) meal ?times?)|(?<!\d\s?)\b(c)\b/g;

/** Event-timing codes found in a clause, in text order, and the masked text. */
export interface EventTimingReading {
  readonly when: readonly EventTiming[];
  /** A generic meal code (C, AC, PC) joined to named times of day became specific codes. */
  readonly text: string;
}

function readSpecificMeals(text: string): { found: SigMatch<EventTiming[]>[]; text: string } {
  const pattern = new RegExp(
    `\\b(before|ac|with|at|after|pc|c)\\s+(?:the\\s+|your\\s+)?(${MEAL}(?:\\s*(?:,|and|or|&)?\\s*${MEAL})*)`,
    'g',
  );
  const result = maskMatches(text, pattern, (m) => mealCodes(prefixOf(m[1] ?? ''), m[2] ?? ''));
  return { found: [...result.found], text: result.text };
}

function readGenericMeal(text: string): {
  meal: SigMatch<MealPrefix> | null;
  end: number;
  text: string;
} {
  let end = -1;
  const result = maskMatches(text, GENERIC_MEAL, (m) => {
    end = m.index + m[0].length;
    return prefixOf(m[1] ?? m[2] ?? m[3] ?? m[4] ?? 'with');
  });
  return { meal: result.found[0] ?? null, end, text: result.text };
}

function readTimesOfDay(text: string): { found: SigMatch<EventTiming>[]; text: string } {
  let current = text;
  const found: SigMatch<EventTiming>[] = [];
  for (const [pattern, code] of TIME_OF_DAY) {
    const result = maskMatches(current, pattern, () => code);
    found.push(...result.found);
    current = result.text;
  }
  return { found, text: current };
}

const COMBINABLE: Readonly<Partial<Record<EventTiming, 'M' | 'D' | 'V'>>> = {
  MORN: 'M',
  NOON: 'D',
  EVE: 'V',
  NIGHT: 'V',
};

/** "after meals and at night" lists two events; "in the morning with meals" qualifies one. */
function isCoordinated(original: string, mealEnd: number): boolean {
  return /^\s*(?:,\s*)?and\s+(?:at\s+|in\s+the\s+)?\S/.test(original.slice(mealEnd));
}

function combine(
  meal: SigMatch<MealPrefix>,
  times: readonly SigMatch<EventTiming>[],
): SigMatch<EventTiming>[] {
  return times.map((time) => {
    const suffix = COMBINABLE[time.value];
    return suffix === undefined
      ? time
      : { value: `${meal.value}${suffix}` as EventTiming, index: time.index };
  });
}

/** "at night before bed", "in the morning when you wake up": the precise event names it once. */
function dropNightBeforeBedtime(times: SigMatch<EventTiming>[]): SigMatch<EventTiming>[] {
  const near = (code: EventTiming, index: number): boolean =>
    times.some((time) => time.value === code && Math.abs(time.index - index) < 16);
  return times.filter(
    (time) =>
      !(time.value === 'NIGHT' && near('HS', time.index)) &&
      !(time.value === 'MORN' && near('WAKE', time.index)),
  );
}

/**
 * Reads EventTiming codes: named meals with before/with/after, generic meal phrases, and times of
 * day. A generic meal phrase that qualifies named times ("PC mane", "in the morning and evening
 * with meals") becomes the specific meal codes; one listed beside them ("after meals and at
 * night") stays as it is. Codes come in text order without repeats.
 */
export function extractEventTiming(text: string): EventTimingReading {
  const specific = readSpecificMeals(text);
  const generic = readGenericMeal(specific.text);
  const times = readTimesOfDay(generic.text);
  let events: SigMatch<EventTiming>[] = specific.found.flatMap((item) =>
    item.value.map((value, offset) => ({ value, index: item.index + offset })),
  );
  let timeEvents = dropNightBeforeBedtime(times.found);
  const meal = generic.meal;
  const combinable = timeEvents.some((time) => COMBINABLE[time.value] !== undefined);
  if (meal !== null && combinable && !isCoordinated(text, generic.end)) {
    timeEvents = combine(meal, timeEvents);
  } else if (meal !== null) {
    events.push({ value: meal.value, index: meal.index });
  }
  const mealSlots = new Set(events.map((event) => event.value.slice(-1)));
  // "every morning before breakfast" is one event: the meal code already places it.
  timeEvents = timeEvents.filter((time) => !mealSlots.has(COMBINABLE[time.value] ?? '-'));
  events = [...events, ...timeEvents].sort((a, b) => a.index - b.index);
  const when = [...new Set(events.map((event) => event.value))];
  return { when, text: times.text };
}
