import type { CodeableConcept } from '@medplum/fhirtypes';
import type { EventTiming, Frequency } from '../sig/sig-reading';
import { NO_TIMING, type TimingFields } from './read-timing';

/** The HL7 v3 GTS abbreviations FHIR R4 lists for `Timing.code`. */
export const GTS_ABBREVIATION_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-GTSAbbreviation';

const DAILY = (count: number): Frequency => ({ count, period: 1, periodUnit: 'd' });
const HOURLY = (hours: number): Frequency => ({ count: 1, period: hours, periodUnit: 'h' });

const CODES: Readonly<Record<string, { frequency: Frequency; when?: EventTiming[] }>> = {
  QD: { frequency: DAILY(1) },
  BID: { frequency: DAILY(2) },
  TID: { frequency: DAILY(3) },
  QID: { frequency: DAILY(4) },
  AM: { frequency: DAILY(1), when: ['MORN'] },
  PM: { frequency: DAILY(1), when: ['EVE'] },
  BED: { frequency: DAILY(1), when: ['HS'] },
  QOD: { frequency: { count: 1, period: 2, periodUnit: 'd' } },
  Q1H: { frequency: HOURLY(1) },
  Q2H: { frequency: HOURLY(2) },
  Q3H: { frequency: HOURLY(3) },
  Q4H: { frequency: HOURLY(4) },
  Q6H: { frequency: HOURLY(6) },
  Q8H: { frequency: HOURLY(8) },
  WK: { frequency: { count: 1, period: 1, periodUnit: 'wk' } },
  MO: { frequency: { count: 1, period: 1, periodUnit: 'mo' } },
};

/**
 * Reads a `Timing.code` from the GTS abbreviations (BID, TID, Q8H, AM, BED, …) into timing
 * fields. Returns null for any other code or system, so the caller falls back to the text.
 */
export function timingFromCode(code: CodeableConcept): TimingFields | null {
  for (const coding of code.coding ?? []) {
    if (coding.system !== GTS_ABBREVIATION_SYSTEM || coding.code === undefined) continue;
    const known = CODES[coding.code];
    if (known) return { ...NO_TIMING, frequency: known.frequency, when: known.when ?? null };
  }
  return null;
}
