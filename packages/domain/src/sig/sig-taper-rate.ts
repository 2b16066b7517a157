import type { SigClause } from './sig-clause';
import type { Duration, PeriodUnit } from './sig-reading';
import { normalizeUnit } from './sig-units';

/**
 * A taper or titration stated as a rate: "taper 1 mg a month", "reducing by 10 mg every 5
 * days", "increase by 1 tablet each week to 4 tablets".
 */
export interface TaperRate {
  readonly amount: number;
  readonly unit: string | null;
  readonly every: Duration;
  /** -1 steps down to the last positive amount; 1 steps up to `target`. */
  readonly direction: -1 | 1;
  /** The amount a titration stops at; null when none is stated (a taper ends at zero). */
  readonly target: number | null;
}

const RATE_PATTERN =
  /\b(?:taper(?:ing)?|(?:reduc|decreas|wean|(increas|titrat))(?:e|ed|ing))\s*(?:the dose\s*)?(?:by\s*)?(\d+(?:\.\d+)?)\s*([a-z]+)?\s*(?:every|each|a|per)\s*(\d+(?:\.\d+)?\s*)?(days?|weeks?|months?)\b(?:\s*(?:up\s*)?to\s*(?:a\s*)?(?:max(?:imum)?\s*(?:of\s*)?)?(\d+(?:\.\d+)?))?/;

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
  const [found, up, amount, unitWord, every, periodWord, target] = match;
  const unit = unitWord === undefined ? null : normalizeUnit(unitWord);
  const rate: TaperRate = {
    amount: Number(amount),
    unit: unit?.unit ?? null,
    every: {
      value: every === undefined ? 1 : Number(every),
      unit: periodUnitOf(periodWord ?? 'day'),
    },
    direction: up === undefined ? -1 : 1,
    target: target === undefined ? null : Number(target),
  };
  // The target stays in the text: "to a maximum of 4 tablets daily" also states the maximum.
  const end =
    target === undefined ? match.index + found.length : match.index + found.indexOf(' to');
  const blanked = `${text.slice(0, match.index)} taper ${text.slice(end)}`;
  return { rate, text: blanked };
}

function stepAmounts(from: number, rate: TaperRate): number[] | null {
  const stop = rate.direction === 1 ? rate.target : 0;
  if (stop === null || (rate.direction === 1 && stop <= from)) return null;
  const amounts: number[] = [];
  const more = (amount: number): boolean =>
    rate.direction === 1 ? amount <= stop + 1e-9 : amount > 1e-9;
  for (
    let amount = from;
    more(amount);
    amount = Math.round((amount + rate.direction * rate.amount) * 1e4) / 1e4
  ) {
    amounts.push(amount);
    if (amounts.length > MAX_TAPER_STEPS) return null;
  }
  return amounts;
}

/**
 * Expands a taper rate from a starting clause into sequential clauses, one per step, each
 * lasting one rate period, down to the last positive amount ("4 mg … taper 1 mg a month" gives
 * 4, 3, 2 and 1 mg), or up to a titration's target, whose last step has no end. Returns null when the start has no single amount or the taper would run
 * past {@link MAX_TAPER_STEPS} steps.
 */
export function expandTaperRate(start: SigClause, rate: TaperRate): SigClause[] | null {
  const dose = start.dose;
  if (dose === null || dose.min !== dose.max || rate.amount <= 0) return null;
  const unit = dose.unit ?? rate.unit;
  if (rate.unit !== null && unit !== rate.unit) return null;
  const amounts = stepAmounts(dose.max, rate);
  if (amounts === null) return null;
  const frequency = start.frequency ?? { count: 1, period: 1, periodUnit: 'd' as const };
  return amounts.map((amount, index) => {
    // A titration stays on its target: the last step has no end.
    const last = rate.direction === 1 && index === amounts.length - 1;
    return {
      ...start,
      dose: { min: amount, max: amount, unit },
      frequency,
      duration: last ? null : rate.every,
      durations: last ? [] : [rate.every],
    };
  });
}
