import type { SigReading, SigStep } from './sig-reading';

/** A step that states nothing: every field null or false. */
export const EMPTY_SIG_STEP: SigStep = Object.freeze({
  strength: null,
  dose: null,
  route: null,
  frequency: null,
  periodMax: null,
  timesOfDay: null,
  when: null,
  dayOfWeek: null,
  asNeeded: false,
  asNeededFor: null,
  maxPerDay: null,
  duration: null,
  steps: null,
  ambiguous: false,
  frequencyMax: null,
  count: null,
  stepsType: null,
});

/** The reading of a text that says nothing usable: all null, flagged ambiguous. */
export function emptySigReading(): SigReading {
  return { medication: null, ...EMPTY_SIG_STEP, ambiguous: true };
}
