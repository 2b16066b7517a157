import type { SigReading, SigStep } from './sig-reading';

/** Facts about a sig, beyond its reading, that decide whether a pharmacist would call. */
export interface SigAmbiguitySignals {
  /** Two stated frequencies, or a count its events do not match ("twice daily in the evening"). */
  readonly conflict: boolean;
  /** A stated total course that the phases do not add up to. */
  readonly courseMismatch: boolean;
  /** A continuous infusion at a rate: it needs no repeat frequency. */
  readonly continuousInfusion: boolean;
  /** The normalised text, for wording-based checks. */
  readonly text: string;
}

function hasTiming(step: SigStep): boolean {
  return (
    step.frequency !== null ||
    step.when !== null ||
    step.timesOfDay !== null ||
    step.dayOfWeek !== null ||
    step.asNeeded ||
    step.count !== null ||
    step.steps !== null
  );
}

function hasDose(step: SigStep): boolean {
  return step.dose !== null || (step.steps ?? []).some(hasDose);
}

/** Scheduled and PRN use of different amounts on the same schedule: extra, or instead? */
function isUnclearPrnSplit(reading: SigReading): boolean {
  if (reading.stepsType !== 'concurrent' || reading.steps === null) return false;
  const prn = reading.steps.filter((step) => step.asNeeded);
  const fixed = reading.steps.filter((step) => !step.asNeeded);
  return prn.some((a) =>
    fixed.some((b) => JSON.stringify(a.frequency) === JSON.stringify(b.frequency)),
  );
}

// TODO: clinical plausibility beyond infusion arithmetic (a drug given by a route it is never
// given by, an impossible site) is not checked: it needs drug knowledge. Meanwhile such a sig
// is read as written; the bot still shows the verbatim text and asks the patient to confirm.
/**
 * Decides the `ambiguous` flag: true when the sig has no timing at all (and is not a continuous
 * infusion), when it contradicts itself, when an oral sig gives no amount, when a taper names
 * no amount, when it uses the two-way abbreviation "a.d.", or when scheduled and PRN amounts share one schedule.
 */
export function isSigAmbiguous(reading: SigReading, signals: SigAmbiguitySignals): boolean {
  if (signals.conflict || signals.courseMismatch) return true;
  if (!hasTiming(reading) && !signals.continuousInfusion) return true;
  const appliedInMouth = /\b(?:apply|paint|swish|rinse|gargle|dissolve|mouthwash)\b/.test(
    signals.text,
  );
  if (reading.route === 'oral' && !hasDose(reading) && !appliedInMouth) return true;
  if (/\btaper\b/.test(signals.text) && !hasDose(reading)) return true;
  // "a.d." is both "alternis diebus" (every other day) and "auris dextra" (right ear).
  if (/\bad\b(?!\s*lib)/.test(signals.text)) return true;
  return isUnclearPrnSplit(reading);
}
