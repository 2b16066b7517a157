import type { EventTiming, SigReading, SigStep } from '../sig/sig-reading';
import type { DosageStep } from './read-dosage-step';

const MEAL_CODES: readonly EventTiming[] = ['C', 'AC', 'PC'];

/**
 * Combines what one `Dosage` states in structured form with the parser's reading of its `text`.
 * With `timing.repeat` the structured timing is used as is and the text only fills a dose,
 * route or as-needed flag the entry does not state. Without it the text reading is the base and
 * the structured dose, route, as-needed and maximum override it. A structured "not as needed"
 * against as-needed text marks the step ambiguous, so the schedule asks instead of guessing.
 */
export function mergeDosageText(read: DosageStep, parsed: SigReading | null): SigStep {
  if (parsed === null) return read.step;
  if (read.hasRepeat) return supplement(read, parsed);
  const { step, stated } = read;
  const conflict = stated.asNeeded && !step.asNeeded && parsed.asNeeded;
  return {
    ...stepOf(parsed),
    dose: stated.dose && parsed.steps === null ? step.dose : parsed.dose,
    route: stated.route ? step.route : parsed.route,
    asNeeded: stated.asNeeded ? step.asNeeded : parsed.asNeeded,
    asNeededFor: (stated.asNeeded ? step.asNeededFor : null) ?? parsed.asNeededFor,
    maxPerDay: step.maxPerDay ?? parsed.maxPerDay,
    ambiguous: parsed.ambiguous || conflict,
  };
}

function supplement(read: DosageStep, parsed: SigReading): SigStep {
  const { step, stated } = read;
  const flat = parsed.steps === null;
  return {
    ...step,
    dose: !stated.dose && flat ? parsed.dose : step.dose,
    route: stated.route ? step.route : parsed.route,
    asNeeded: stated.asNeeded ? step.asNeeded : parsed.asNeeded,
    asNeededFor: stated.asNeeded ? step.asNeededFor : parsed.asNeededFor,
  };
}

/**
 * Gives `when` codes from free-text notes (patientInstruction, additionalInstruction, or the text
 * beside structured timing) to every scheduled step that has no `when` or clock time yet, when the
 * codes fit its frequency: meal codes (C, AC, PC) fit any daily frequency; named times fit when
 * there is one per daily dose. Returns the step and whether the hint was used anywhere.
 */
export function applyTimingHint(
  step: SigStep,
  hint: readonly EventTiming[],
): { step: SigStep; applied: boolean } {
  if (hint.length === 0) return { step, applied: false };
  if (step.steps !== null) {
    const children = step.steps.map((s) => applyTimingHint(s, hint));
    const applied = children.some((c) => c.applied);
    return { step: { ...step, steps: children.map((c) => c.step) }, applied };
  }
  if (step.when !== null || step.timesOfDay !== null || step.asNeeded || !fits(step, hint)) {
    return { step, applied: false };
  }
  return { step: { ...step, when: [...hint] }, applied: true };
}

function fits(step: SigStep, hint: readonly EventTiming[]): boolean {
  const frequency = step.frequency;
  if (frequency !== null && !(frequency.periodUnit === 'd' && frequency.period === 1)) return false;
  if (hint.every((code) => MEAL_CODES.includes(code))) return true;
  return (frequency?.count ?? 1) === hint.length;
}

function stepOf(reading: SigReading): SigStep {
  const step: { -readonly [K in keyof SigReading]?: SigReading[K] } = { ...reading };
  delete step.medication;
  return { ...(step as SigStep), strength: null };
}
