import type { SigReading, SigStep } from '../../sig/sig-reading';

const EMPTY: SigStep = {
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
};

/** Builds a sig step for tests: every field empty unless overridden. */
export function buildSigStep(overrides: Partial<SigStep> = {}): SigStep {
  return { ...EMPTY, ...overrides };
}

/** Builds a sig reading for tests: every field empty unless overridden. */
export function buildSigReading(overrides: Partial<SigReading> = {}): SigReading {
  return { ...EMPTY, medication: null, ...overrides };
}
