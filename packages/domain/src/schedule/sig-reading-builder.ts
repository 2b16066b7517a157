import type { DoseRange, SigReading, SigStep } from '../sig/sig-reading';

/** One tablet per dose: the default dose of {@link aSigStep}. */
export const ONE_TABLET: DoseRange = Object.freeze({ min: 1, max: 1, unit: 'tablet' });

/**
 * Test builder: a sig step of one oral tablet with no timing at all, with `overrides` applied.
 * Every field is present, as the parser emits it.
 */
export function aSigStep(overrides: Partial<SigStep> = {}): SigStep {
  return {
    strength: null,
    dose: ONE_TABLET,
    route: 'oral',
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
    ...overrides,
  };
}

/** Test builder: a whole reading ({@link aSigStep} plus no medication name) with overrides. */
export function aSigReading(overrides: Partial<SigReading> = {}): SigReading {
  return { medication: null, ...aSigStep(overrides), ...overrides };
}
