/**
 * Dose units as sigs write them, and their normal form (corpus convention: tablet, capsule, mL,
 * puff, drop, unit; IU kept apart; other units as written).
 */

interface UnitRule {
  readonly pattern: string;
  readonly unit: string;
  /** Multiplier into `unit` (household spoons become mL). */
  readonly factor: number;
}

const UNIT_RULES: readonly UnitRule[] = [
  { pattern: 'fingertip units?', unit: 'fingertip unit', factor: 1 },
  { pattern: 'applicatorfuls?', unit: 'applicatorful', factor: 1 },
  { pattern: 'tablespoon(?:ful)?s?|tbsps?', unit: 'mL', factor: 15 },
  { pattern: 'teaspoon(?:ful)?s?|tsps?', unit: 'mL', factor: 5 },
  { pattern: 'tablets?|tabs?|pills?|tabletas?', unit: 'tablet', factor: 1 },
  { pattern: 'capsules?|caps?', unit: 'capsule', factor: 1 },
  { pattern: 'milliliters?|millilitres?|mls?|cc', unit: 'mL', factor: 1 },
  { pattern: 'puffs?|inhalations?|inh', unit: 'puff', factor: 1 },
  { pattern: 'drops?|gtts?|ggts?', unit: 'drop', factor: 1 },
  { pattern: 'iu', unit: 'IU', factor: 1 },
  { pattern: 'units?', unit: 'unit', factor: 1 },
  { pattern: 'sprays?', unit: 'spray', factor: 1 },
  { pattern: 'patch(?:es)?|td', unit: 'patch', factor: 1 },
  { pattern: 'plasters?', unit: 'plaster', factor: 1 },
  { pattern: 'sachets?', unit: 'sachet', factor: 1 },
  { pattern: 'applications?', unit: 'application', factor: 1 },
  { pattern: 'clicks?', unit: 'click', factor: 1 },
  { pattern: 'inch(?:es)?', unit: 'inch', factor: 1 },
  { pattern: 'suppositor(?:y|ies)|supps?', unit: 'suppository', factor: 1 },
  { pattern: 'enemas?', unit: 'enema', factor: 1 },
  { pattern: 'pessar(?:y|ies)', unit: 'pessary', factor: 1 },
  { pattern: 'vials?', unit: 'vial', factor: 1 },
  { pattern: 'ampoules?|ampules?', unit: 'ampoule', factor: 1 },
  { pattern: 'pens?', unit: 'pen', factor: 1 },
  { pattern: 'implants?', unit: 'implant', factor: 1 },
  { pattern: 'oz', unit: 'oz', factor: 1 },
  { pattern: 'mg/kg', unit: 'mg/kg', factor: 1 },
  { pattern: 'mcg/kg', unit: 'mcg/kg', factor: 1 },
  { pattern: 'units?/kg', unit: 'unit/kg', factor: 1 },
  { pattern: 'mg/m2', unit: 'mg/m2', factor: 1 },
  { pattern: 'mg/ml', unit: 'mg/mL', factor: 1 },
  { pattern: 'milligrams?|mg', unit: 'mg', factor: 1 },
  { pattern: 'micrograms?|mcg|µg|ug', unit: 'mcg', factor: 1 },
  { pattern: 'grams?|gm|g', unit: 'g', factor: 1 },
  { pattern: 'meq', unit: 'meq', factor: 1 },
  { pattern: 'liters?|litres?|l', unit: 'L', factor: 1 },
  { pattern: '%', unit: '%', factor: 1 },
];

/** Single letters that are units only straight after a number ("1 t po", "1c", "40 u"). */
const LETTER_UNITS: Readonly<Record<string, string>> = { t: 'tablet', c: 'capsule', u: 'unit' };

/** Regex source matching any unit word (longest forms first); use inside a larger pattern. */
export const UNIT_SOURCE = `(?:${UNIT_RULES.map((rule) => rule.pattern).join('|')})`;

/** Regex source for a number: digits with an optional decimal part. */
export const NUMBER_SOURCE = '\\d+(?:\\.\\d+)?';

/** Units whose amount is a mass or an activity, so they can state a strength. */
export const STRENGTH_UNITS: ReadonlySet<string> = new Set(['mg', 'mcg', 'g', 'IU', '%']);

/** Units that name a countable or measured administration form (not a mass). */
export const FORM_UNITS: ReadonlySet<string> = new Set([
  'tablet',
  'capsule',
  'mL',
  'puff',
  'drop',
  'spray',
  'patch',
  'application',
  'suppository',
  'ampoule',
  'vial',
]);

/** A unit word in its normal form, with the factor that converts its amount. */
export interface NormalUnit {
  readonly unit: string;
  readonly factor: number;
}

/**
 * Normalises one unit word ("tabs" → tablet, "tsp" → mL ×5). Single letters count only when
 * `afterNumber` is true. Returns null for a word that is not a unit.
 */
export function normalizeUnit(word: string, afterNumber = true): NormalUnit | null {
  const lower = word.toLowerCase();
  const letter = LETTER_UNITS[lower];
  if (letter !== undefined) return afterNumber ? { unit: letter, factor: 1 } : null;
  for (const rule of UNIT_RULES) {
    if (new RegExp(`^(?:${rule.pattern})$`).test(lower)) {
      return { unit: rule.unit, factor: rule.factor };
    }
  }
  return null;
}

/** Regex source for a unit straight after a number, single letters included. */
export const UNIT_AFTER_NUMBER_SOURCE = `(?:${UNIT_SOURCE}|t|c|u)`;
