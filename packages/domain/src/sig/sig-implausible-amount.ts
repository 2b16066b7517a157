import type { Duration, SigReading, SigStep } from './sig-reading';

/** Ten years, in days: a longer course is no real prescription. */
const MAX_COURSE_DAYS = 3650;

const DAYS_PER_UNIT: Readonly<Record<Duration['unit'], number>> = {
  h: 1 / 24,
  d: 1,
  wk: 7,
  mo: 30.44,
};

/**
 * A minus sign glued to a number that no number precedes: "for -5 days", "take -1 tablet". A
 * range ("1 -2", "q4-6h") or a spaced header dash ("500mg - 1 cap") is not one.
 */
const NEGATIVE_AMOUNT = /(?:^|[^\d.\s-]\s+|[(:=,]\s*)[-−–]\d/;

function durations(step: SigStep): Duration[] {
  const own = step.duration === null ? [] : [step.duration];
  return [...own, ...(step.steps ?? []).flatMap(durations)];
}

function isAbsurdCourse(reading: SigReading): boolean {
  return durations(reading).some(
    (duration) => duration.value * DAYS_PER_UNIT[duration.unit] > MAX_COURSE_DAYS,
  );
}

/**
 * Flags a reading `ambiguous` when the raw text states a negative amount or duration (the
 * absolute value is kept as the reading) or when a course runs longer than ten years. Both are
 * typing slips a pharmacist would query; the reading itself is left as it is.
 */
export function flagImplausibleAmounts(raw: string, reading: SigReading): SigReading {
  const implausible = NEGATIVE_AMOUNT.test(raw.toLowerCase()) || isAbsurdCourse(reading);
  return implausible ? { ...reading, ambiguous: true } : reading;
}
