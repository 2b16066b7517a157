import type { DoseRange, Quantity } from './sig-reading';
import { FORM_UNITS, NUMBER_SOURCE, normalizeUnit, UNIT_AFTER_NUMBER_SOURCE } from './sig-units';

/** One amount a clause states: the dose, and a per-unit strength derived beside it. */
export interface DoseAmount {
  readonly dose: DoseRange;
  readonly strength: Quantity | null;
  readonly index: number;
  readonly end: number;
}

const NUM = `(${NUMBER_SOURCE})`;
const DOSE_PATTERN = new RegExp(
  `(?<![\\w.\\/|:])${NUM}(?:\\s*(?:-|to|or)\\s*${NUM})?(?:\\s*(5)\\s*ml\\s*spoon\\w*)?(?:\\s*(${UNIT_AFTER_NUMBER_SOURCE})(?![a-z\\d]))?(?![\\d/:%]|\\.\\d)`,
  'g',
);

const MASS_AFTER = new RegExp(
  `^\\s*(?:\\(\\s*)?(?:=\\s*)?${NUM}(?:\\s*-\\s*${NUM})?\\s*(mg|mcg|g|gm|grams?|milligrams?|micrograms?|meq|iu)\\b(?:\\s*\\/\\s*(\\d+)\\s*(?:h|hrs?|hours?)\\b)?(?:\\s*(total|each))?(?:\\s*\\))?`,
);
const VOLUME_IN_BRACKETS = new RegExp(`^\\s*\\(\\s*${NUM}\\s*(ml|mls)\\s*\\)`);

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

function derivedStrength(
  dose: DoseRange,
  after: string,
): { strength: Quantity | null; length: number } {
  const mass = MASS_AFTER.exec(after);
  if (mass !== null && dose.unit !== null && FORM_UNITS.has(dose.unit)) {
    const amount = Number(mass[2] ?? mass[1]);
    const massUnit = normalizeUnit(mass[3] ?? 'mg')?.unit ?? 'mg';
    // A delivery rate ("1 mg/72h") is kept as written.
    const rate = mass[4] === undefined ? massUnit : `${massUnit}/${mass[4]}h`;
    const unit = dose.unit === 'mL' ? `${massUnit}/mL` : rate;
    // "2 tablets 500 mg each" states the per-unit strength; "2 capsules 800 mg" a total.
    const perUnit = mass[5] === 'each' ? amount : amount / dose.max;
    return { strength: { value: round(perUnit), unit }, length: mass[0].length };
  }
  const volume = VOLUME_IN_BRACKETS.exec(after);
  if (volume !== null && dose.unit !== null && ['mg', 'mcg', 'g'].includes(dose.unit)) {
    return {
      strength: { value: round(dose.max / Number(volume[1])), unit: `${dose.unit}/mL` },
      length: volume[0].length,
    };
  }
  if (volume !== null) return { strength: null, length: volume[0].length };
  return { strength: null, length: 0 };
}

function readDose(match: RegExpExecArray): DoseRange {
  const spoon = match[3] === undefined ? 1 : Number(match[3]);
  const unit = match[4] === undefined ? null : normalizeUnit(match[4]);
  const factor = (unit?.factor ?? 1) * spoon;
  const min = Number(match[1]) * factor;
  const max = match[2] === undefined ? min : Number(match[2]) * factor;
  return { min: round(min), max: round(max), unit: spoon > 1 ? 'mL' : (unit?.unit ?? null) };
}

/**
 * Finds every amount left in a clause (after frequencies, durations and maxima are blanked):
 * single values and ranges ("1-2", "1 to 2"), with their unit normalised. A mass straight after a
 * countable dose ("2 capsules 800 mg", "3 tabs = 60 mg") or a volume in brackets after a mass
 * ("100 mg (4 ml)") gives the per-unit strength and is not a second amount.
 */
export function findDoseAmounts(text: string): DoseAmount[] {
  const amounts: DoseAmount[] = [];
  const regex = new RegExp(DOSE_PATTERN.source, 'g');
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    const dose = readDose(match);
    const end = match.index + match[0].length;
    const { strength, length } = derivedStrength(dose, text.slice(end));
    amounts.push({ dose, strength, index: match.index, end: end + length });
    regex.lastIndex = end + length;
  }
  return amounts;
}
