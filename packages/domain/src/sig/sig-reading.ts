/**
 * What the sig parser understood from one instruction text. The shape mirrors the gold schema of
 * the sig corpus (see docs/sig-corpus.md) so that a reading can be scored field by field, and
 * maps one-to-one onto FHIR R4 `Dosage`.
 */

/** A unit of time as FHIR `Timing.repeat.periodUnit` writes it (the subset sigs use). */
export type PeriodUnit = 'h' | 'd' | 'wk' | 'mo';

/** FHIR day-of-week code. */
export type DayOfWeek = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** FHIR EventTiming codes that sigs use. */
export type EventTiming =
  | 'MORN'
  | 'NOON'
  | 'AFT'
  | 'EVE'
  | 'NIGHT'
  | 'HS'
  | 'WAKE'
  | 'C'
  | 'CM'
  | 'CD'
  | 'CV'
  | 'AC'
  | 'ACM'
  | 'ACD'
  | 'ACV'
  | 'PC'
  | 'PCM'
  | 'PCD'
  | 'PCV';

/** Route of administration, as the corpus names it. */
export type Route =
  | 'oral'
  | 'topical'
  | 'inhaled'
  | 'subcutaneous'
  | 'intramuscular'
  | 'ophthalmic'
  | 'otic'
  | 'nasal'
  | 'rectal'
  | 'vaginal'
  | 'transdermal'
  | 'sublingual'
  | 'intravenous';

/** An amount with a unit, such as a strength of 500 mg. */
export interface Quantity {
  readonly value: number;
  readonly unit: string | null;
}

/** An amount per administration; `min === max` for a single value. `unit` is null for bare counts. */
export interface DoseRange {
  readonly min: number;
  readonly max: number;
  readonly unit: string | null;
}

/** How often: `count` administrations per `period` `periodUnit`. */
export interface Frequency {
  readonly count: number;
  readonly period: number;
  readonly periodUnit: PeriodUnit;
}

/** A length of time, such as a 7-day course. */
export interface Duration {
  readonly value: number;
  readonly unit: PeriodUnit;
}

/** The dose and timing part of a reading: everything a step can carry. */
export interface SigStep {
  readonly strength: Quantity | null;
  readonly dose: DoseRange | null;
  readonly route: Route | null;
  readonly frequency: Frequency | null;
  /** Upper bound of the interval: q4-6h gives period 4 and periodMax 6. */
  readonly periodMax: number | null;
  /** Clock times in 24-hour `HH:MM`, only when the text names them. */
  readonly timesOfDay: readonly string[] | null;
  readonly when: readonly EventTiming[] | null;
  readonly dayOfWeek: readonly DayOfWeek[] | null;
  readonly asNeeded: boolean;
  readonly asNeededFor: string | null;
  readonly maxPerDay: Quantity | null;
  readonly duration: Duration | null;
  readonly steps: readonly SigStep[] | null;
  /** True when a pharmacist would call the prescriber to clarify. */
  readonly ambiguous: boolean;
  /** Upper bound of a frequency range: "once or twice a day" gives count 1, frequencyMax 2. */
  readonly frequencyMax: number | null;
  /** Total number of administrations (stat = 1, "for 4 doses" = 4). */
  readonly count: number | null;
  /** How `steps` combine; non-null exactly when `steps` is. */
  readonly stepsType: 'sequential' | 'concurrent' | null;
}

/** A whole reading: a step plus the medication name as written, lower-cased. */
export interface SigReading extends SigStep {
  readonly medication: string | null;
}

/** The fields of a reading, in the corpus' order. */
export const SIG_READING_FIELDS = [
  'medication',
  'strength',
  'dose',
  'route',
  'frequency',
  'periodMax',
  'timesOfDay',
  'when',
  'dayOfWeek',
  'asNeeded',
  'asNeededFor',
  'maxPerDay',
  'duration',
  'steps',
  'ambiguous',
  'frequencyMax',
  'count',
  'stepsType',
] as const satisfies readonly (keyof SigReading)[];
