import type { SigClause } from './sig-clause';
import type { Duration, PeriodUnit } from './sig-reading';
import { normalizeUnit } from './sig-units';

/** A taper stated as a rate: "taper 1 mg a month", "reducing by 10 mg every 5 days". */
export interface TaperRate {
  readonly amount: number;
  readonly unit: string | null;
  readonly every: Duration;
}

const RATE_PATTERN =
  /\b(?:taper(?:ing)?|(?:reduc|decreas|wean)(?:e|ed|ing))\s*(?:the dose\s*)?(?:by\s*)?(\d+(?:\.\d+)?)\s*([a-z]+)?\s*(?:every|each|a|per)\s*(\d+(?:\.\d+)?\s*)?(days?|weeks?|months?)\b/;

// TODO: a rate whose unit differs from the starting dose ("3 tablets … taper by 1 mg") or that
// runs past MAX_TAPER_STEPS is not expanded. Meanwhile the reading is flagged ambiguous (see
// sig-reading-assembly), so the bot asks instead of scheduling one flat dose.
/** The most steps a rate may expand into; longer tapers are left to the prescriber. */
const MAX_TAPER_STEPS = 12;

function periodUnitOf(word: string): PeriodUnit {
  if (word.startsWith('week')) return 'wk';
  if (word.startsWith('month')) return 'mo';
  return 'd';
}

/** Reads a taper rate and blanks it out; the word "taper" stays so the sig still reads as one. */
export function readTaperRate(text: string): { rate: TaperRate | null; text: string } {
  const match = RATE_PATTERN.exec(text);
  if (match === null) return { rate: null, text };
  const unit = match[2] === undefined ? null : normalizeUnit(match[2]);
  const rate: TaperRate = {
    amount: Number(match[1]),
    unit: unit?.unit ?? null,
    every: {
      value: match[3] === undefined ? 1 : Number(match[3]),
      unit: periodUnitOf(match[4] ?? 'day'),
    },
  };
  const blanked = `${text.slice(0, match.index)} taper ${text.slice(match.index + match[0].length)}`;
  return { rate, text: blanked };
}

/**
 * Expands a taper rate from a starting clause into sequential clauses, one per step, each
 * lasting one rate period, down to the last positive amount ("4 mg … taper 1 mg a month" gives
 * 4, 3, 2 and 1 mg). Returns null when the start has no single amount or the taper would run
 * past {@link MAX_TAPER_STEPS} steps.
 */
export function expandTaperRate(start: SigClause, rate: TaperRate): SigClause[] | null {
  const dose = start.dose;
  if (dose === null || dose.min !== dose.max || rate.amount <= 0) return null;
  const unit = dose.unit ?? rate.unit;
  if (rate.unit !== null && unit !== rate.unit) return null;
  const amounts: number[] = [];
  for (
    let amount = dose.max;
    amount > 1e-9;
    amount = Math.round((amount - rate.amount) * 1e4) / 1e4
  ) {
    amounts.push(amount);
    if (amounts.length > MAX_TAPER_STEPS) return null;
  }
  const frequency = start.frequency ?? { count: 1, period: 1, periodUnit: 'd' as const };
  return amounts.map((amount) => ({
    ...start,
    dose: { min: amount, max: amount, unit },
    frequency,
    duration: rate.every,
    durations: [rate.every],
  }));
}
