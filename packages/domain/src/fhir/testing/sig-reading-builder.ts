import { EMPTY_SIG_STEP } from '../../sig/empty-sig-step';
import type { SigReading, SigStep } from '../../sig/sig-reading';

/** Builds a sig step for tests: every field empty unless overridden. */
export function buildSigStep(overrides: Partial<SigStep> = {}): SigStep {
  return { ...EMPTY_SIG_STEP, ...overrides };
}

/** Builds a sig reading for tests: every field empty unless overridden. */
export function buildSigReading(overrides: Partial<SigReading> = {}): SigReading {
  return { ...EMPTY_SIG_STEP, medication: null, ...overrides };
}
