import type { Quantity } from './sig-reading';
import { FORM_WORDS, SIG_WORDS } from './sig-product-words';
import { normalizeUnit, STRENGTH_UNITS } from './sig-units';

/** The strength read after a drug name, and how many tokens it took. */
export interface StrengthScan {
  readonly strength: Quantity | null;
  /** The amount may double as the dose when no other amount is given. */
  readonly isDoseCandidate: boolean;
  /** Used as the dose, the amount is no strength any more (mEq). */
  readonly isDoseOnly: boolean;
  readonly length: number;
  /** A unitless number that belongs to a brand name ("MOXCLAV 625", "Dolo 650"). */
  readonly brandNumber?: string;
}

const NO_STRENGTH: StrengthScan = {
  strength: null,
  isDoseCandidate: false,
  isDoseOnly: false,
  length: 0,
};

/** "10 mg/2 ml", "250 mg/5 mL", "100 units/mL", "50 mcg/actuation", "80 mg/400 mg". */
function scanConcentration(
  amount: number,
  unit: string,
  words: readonly (string | undefined)[],
): StrengthScan {
  const [denominator = '', next, after] = words;
  const spelledVolume =
    denominator === '' ? [next, after] : /^\d/.test(denominator) ? [denominator, next] : null;
  if (spelledVolume !== null) {
    const [volumeText, volumeUnit] = spelledVolume;
    const length = denominator === '' ? 4 : 3;
    const volume = Number(volumeText);
    if (/^ml/.test(volumeUnit ?? '') && volume > 0) {
      return { ...NO_STRENGTH, strength: { value: amount / volume, unit: `${unit}/mL` }, length };
    }
    if (/^(?:h|hrs?|hours?)$/.test(volumeUnit ?? '') && volume > 0) {
      // A delivery rate ("21 mg/24 hr") is kept as written.
      return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/${volume}h` }, length };
    }
    // Two ingredients ("80 mg/400 mg") state no single strength.
    return { ...NO_STRENGTH, length };
  }
  const perUnit = normalizeUnit(denominator);
  if (perUnit?.unit === 'mL')
    return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/mL` }, length: 2 };
  if (perUnit !== null && STRENGTH_UNITS.has(perUnit.unit)) return { ...NO_STRENGTH, length: 2 };
  const secondMass = words.slice(1, 4).findIndex((word) => /^(?:mg|mcg|g)$/.test(word ?? ''));
  if (secondMass >= 0) return { ...NO_STRENGTH, length: secondMass + 3 };
  const per = /^(?:h|hr|hrs|hours?)$/.test(denominator) ? 'h' : denominator;
  return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/${per}` }, length: 2 };
}

/** "PAN 40 TABLET 1-0-0", "Dolo 650 SOS": a unitless number that is part of the name. */
function isBrandNumber(
  value: string,
  next: string,
  unit: string | null,
  after: string | undefined,
): boolean {
  if (!/^\d+$/.test(value)) return false;
  // "MICROGYNON 30 TABLET 1-0-0", "Microgynon 30 tablets, one tablet …".
  if (unit === 'tablet' || unit === 'capsule') return /^(?:\d|,|-|:)/.test(after ?? '');
  if (unit !== null || /^(?:-|x|to|or)$/.test(next)) return false;
  return next === '' || /^\d/.test(next) || next in FORM_WORDS || !SIG_WORDS.has(next);
}

/**
 * Reads the amount after a drug name: a strength ("500 mg", "10 mg/2 ml" → 5 mg/mL, "1 mg/72 h"),
 * a pack size to skip ("100 ml" before another amount), two ingredients to skip ("80 mg/400 mg"),
 * or a number that belongs to a brand name ("Dolo 650").
 */
export function scanStrength(tokens: readonly string[], at: number): StrengthScan {
  const [value, unitWord = '', ...rest] = tokens.slice(at, at + 5);
  if (value === undefined || !/^\d/.test(value)) return NO_STRENGTH;
  const [base = '', denominator] = unitWord.split(/\/(.*)/);
  const unit = normalizeUnit(base);
  // A unitless number after the name is part of a brand name ("MOXCLAV 625", "Dolo 650"),
  // unless a slot pattern or a range starts with it.
  // "Paracetamol 2 tablets 500 mg each" (from "2 x 500 mg tablets"): a count of units, each
  // of the stated strength, is the dose, never part of the name.
  const perUnit = rest[2] === 'each' && /^\d/.test(rest[0] ?? '');
  if (!perUnit && isBrandNumber(value, unitWord, unit?.unit ?? null, rest[0])) {
    return { ...NO_STRENGTH, length: 1, brandNumber: value };
  }
  if (unit === null) return NO_STRENGTH;
  // "875-125 mg": two ingredients.
  if (!/^\d+(?:\.\d+)?$/.test(value)) return { ...NO_STRENGTH, length: 2 };
  if (denominator !== undefined)
    return scanConcentration(Number(value), unit.unit, [denominator, ...rest]);
  if (unit.unit === 'meq') {
    return {
      strength: { value: Number(value), unit: 'meq' },
      isDoseCandidate: true,
      isDoseOnly: true,
      length: 2,
    };
  }
  // "Vitamin D3 50000 units: take 1 capsule": units set off from the directions are a strength.
  const unitsStrength = unit.unit === 'unit' && /^(?:[:,-]|\()$/.test(rest[0] ?? '');
  if (!STRENGTH_UNITS.has(unit.unit) && !unitsStrength) {
    // A volume with the name is the pack size ("Syrup Crocin 100ml 5ml"); other amounts are doses.
    const isPack =
      unit.unit === 'mL' &&
      /^\d+(?:\.\d+)?$/.test(rest[0] ?? '') &&
      normalizeUnit(rest[1] ?? '') !== null;
    return { ...NO_STRENGTH, length: isPack ? 2 : 0 };
  }
  const strength = { value: Number(value), unit: unit.unit };
  return { strength, isDoseCandidate: unit.unit !== '%', isDoseOnly: false, length: 2 };
}
