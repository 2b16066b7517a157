import type { Duration as FhirDuration } from '@medplum/fhirtypes';
import type { Duration, PeriodUnit } from '../sig/sig-reading';

/** UCUM, the code system FHIR uses for units of time. */
export const UCUM_SYSTEM = 'http://unitsofmeasure.org';

const UNIT_WORDS: Readonly<Record<PeriodUnit, readonly string[]>> = {
  h: ['h', 'hr', 'hrs', 'hour', 'hours'],
  d: ['d', 'day', 'days'],
  wk: ['wk', 'w', 'week', 'weeks'],
  mo: ['mo', 'month', 'months'],
};

const UNIT_NAMES: Readonly<Record<PeriodUnit, string>> = {
  h: 'hours',
  d: 'days',
  wk: 'weeks',
  mo: 'months',
};

/** Writes a treatment length as a FHIR `Duration` with its UCUM code (`7 d` → 7 days). */
export function durationToFhir(duration: Duration): FhirDuration {
  return {
    value: duration.value,
    unit: UNIT_NAMES[duration.unit],
    system: UCUM_SYSTEM,
    code: duration.unit,
  };
}

/**
 * Reads a FHIR `Duration` such as `boundsDuration`. The UCUM `code` wins; without one the `unit`
 * text is matched ("days", "weeks"). Minutes become fractional hours. Returns null when the value
 * is missing or not positive, or the unit is unknown (seconds, years).
 */
export function durationFromFhir(duration: FhirDuration): Duration | null {
  const value = duration.value;
  if (value === undefined || !(value > 0)) return null;
  const unit = (duration.code ?? duration.unit ?? '').trim().toLowerCase();
  if (unit === 'min' || unit === 'minutes') return { value: value / 60, unit: 'h' };
  const periodUnit = periodUnitFromWord(unit);
  return periodUnit ? { value, unit: periodUnit } : null;
}

/** Maps a FHIR `UnitsOfTime` code or a unit word to a period unit; null for `s`, `min`, `a`. */
export function periodUnitFromWord(word: string): PeriodUnit | null {
  const units = Object.keys(UNIT_WORDS) as PeriodUnit[];
  return units.find((u) => UNIT_WORDS[u].includes(word)) ?? null;
}
