import { blank } from './sig-text-mask';
import type { EventTiming } from './sig-reading';

/** A slot pattern such as 1-0-1 or 1-1-0-1: amounts per named time of day. */
export interface PositionalPattern {
  /** Non-zero slots: the amount and the event it falls on. */
  readonly doses: readonly { readonly amount: number; readonly when: EventTiming }[];
  /** The text with the pattern blanked out. */
  readonly text: string;
}

const AMOUNT = '(\\d+(?:\\.\\d+)?)';
const SLOT_PATTERN = new RegExp(
  `(?<![\\d./-])${AMOUNT}\\s*-\\s*${AMOUNT}\\s*-\\s*${AMOUNT}(?:\\s*-\\s*${AMOUNT})?(?![\\d./]|\\s*-\\s*\\d)`,
);

type MealPrefix = 'AC' | 'C' | 'PC';

function mealQualifier(text: string): { prefix: MealPrefix; abbreviated: boolean } | null {
  const match = /\b(?:(before|after|with)\s+(?:meals?|food)|(ac|pc))\b/.exec(text);
  if (match === null) return null;
  const word = match[1] ?? match[2] ?? '';
  const prefix: MealPrefix = /^(?:before|ac)$/.test(word)
    ? 'AC'
    : /^(?:after|pc)$/.test(word)
      ? 'PC'
      : 'C';
  return { prefix, abbreviated: match[2] !== undefined };
}

// TODO: in a four-slot Tamil row with a meal word, the evening slot keeps EVE (dinner falls on
// the night slot); no corpus entry shows what a clinician means by it. Meanwhile the dose is
// still scheduled in the evening, at the time the slot names.
/**
 * Slot events. Three slots (India): morning, noon, night, or breakfast, lunch, dinner with a meal
 * word. Four slots with a worded meal phrase or none (Tamil tables): morning, midday, evening,
 * night, where dinner falls at night. Four slots with ac/pc (Thai shorthand): breakfast, lunch,
 * dinner, bedtime.
 */
function slotEvents(slots: number, text: string): EventTiming[] {
  const meal = mealQualifier(text);
  if (slots === 3) {
    if (meal === null) return ['MORN', 'NOON', 'NIGHT'];
    return [`${meal.prefix}M`, `${meal.prefix}D`, `${meal.prefix}V`] as EventTiming[];
  }
  if (meal === null) return ['MORN', 'NOON', 'EVE', 'NIGHT'];
  if (meal.abbreviated) {
    return [`${meal.prefix}M`, `${meal.prefix}D`, `${meal.prefix}V`, 'HS'] as EventTiming[];
  }
  return [`${meal.prefix}M`, `${meal.prefix}D`, 'EVE', `${meal.prefix}V`] as EventTiming[];
}

/** Removes the meal phrase a slot pattern has already used. */
function maskMealQualifier(text: string): string {
  return text.replace(/\b(?:(?:before|after|with)\s+(?:meals?|food)|ac|pc)\b/, (found) =>
    blank(found.length),
  );
}

/**
 * Reads a positional slot pattern ("1-0-1", "1 - 0 - 0", "1-1-0-1", "0-0-0-1") with its meal
 * qualifier. Returns null when the clause has none. Slot amounts above 4 are not a pattern.
 */
export function extractPositionalPattern(text: string): PositionalPattern | null {
  const match = SLOT_PATTERN.exec(text);
  if (match === null) return null;
  const amounts = match
    .slice(1, 5)
    .filter((item): item is string => item !== undefined)
    .map(Number);
  if (amounts.some((amount) => amount > 4) || amounts.every((amount) => amount === 0)) return null;
  const events = slotEvents(amounts.length, text);
  const doses = amounts.flatMap((amount, slot) => {
    const when = events[slot];
    return amount > 0 && when !== undefined ? [{ amount, when }] : [];
  });
  const before = text.slice(0, match.index);
  const after = text.slice(match.index + match[0].length);
  const masked = before + blank(match[0].length) + after;
  return { doses, text: mealQualifier(text) === null ? masked : maskMealQualifier(masked) };
}

/** A Thai "NxM" instruction: dose N, M times a day. */
export interface TimesPerDayPattern {
  readonly amount: number;
  readonly timesPerDay: number;
  readonly text: string;
}

/**
 * Reads the Thai shorthand "1x3" (one unit three times a day) at the start of a clause or after
 * "take". A number of days or doses after the x ("x 5 days") is a duration, not this pattern.
 */
export function extractTimesPerDayPattern(text: string): TimesPerDayPattern | null {
  const match =
    /(^|\b(?:take|tk|sig)\s+)(\d+(?:\.\d+)?)\s*x\s*(\d)\b(?!\s*(?:days?|d|weeks?|wks?|months?|doses?|times|hours?|h|mg|ml))/.exec(
      text,
    );
  if (match === null) return null;
  const lead = match[1] ?? '';
  const rest =
    text.slice(0, match.index) +
    lead +
    blank(match[0].length - lead.length) +
    text.slice(match.index + match[0].length);
  return { amount: Number(match[2]), timesPerDay: Number(match[3]), text: rest };
}
