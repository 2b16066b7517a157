import { EMPTY_SIG_STEP } from '../sig/empty-sig-step';
import type { DoseRange, SigReading, SigStep } from '../sig/sig-reading';

/** One tablet per dose: the default dose of {@link aSigStep}. */
export const ONE_TABLET: DoseRange = Object.freeze({ min: 1, max: 1, unit: 'tablet' });

/**
 * Test builder: a sig step of one oral tablet with no timing at all, with `overrides` applied.
 * Every field is present, as the parser emits it.
 */
export function aSigStep(overrides: Partial<SigStep> = {}): SigStep {
  return { ...EMPTY_SIG_STEP, dose: ONE_TABLET, route: 'oral', ...overrides };
}

/** Test builder: a whole reading ({@link aSigStep} plus no medication name) with overrides. */
export function aSigReading(overrides: Partial<SigReading> = {}): SigReading {
  return { medication: null, ...aSigStep(overrides), ...overrides };
}
