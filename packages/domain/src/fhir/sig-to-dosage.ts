import type { Dosage, DosageDoseAndRate, Ratio, TimingRepeat } from '@medplum/fhirtypes';
import type { DoseRange, Duration, Quantity, SigReading, SigStep } from '../sig/sig-reading';
import { durationToFhir, UCUM_SYSTEM } from './fhir-duration';
import { routeToCodeableConcept } from './fhir-route';

/** Fields a step takes from the steps around it when its own value is empty. */
interface Inherited {
  readonly route: SigStep['route'];
  readonly asNeeded: boolean;
  readonly asNeededFor: string | null;
  readonly maxPerDay: Quantity | null;
  readonly duration: Duration | null;
}

const NOTHING_INHERITED: Inherited = {
  route: null,
  asNeeded: false,
  asNeededFor: null,
  maxPerDay: null,
  duration: null,
};

/**
 * Writes a sig reading as FHIR R4 `Dosage` entries. A reading without steps gives one entry
 * with no `sequence`. Sequential steps get increasing `sequence` values (1, 2, …); concurrent
 * steps share one `sequence`; a concurrent group inside a sequence shares that step's number and
 * inherits its duration. Root route, as-needed and daily maximum are copied into every entry.
 *
 * Not written (FHIR `Dosage` has no place for them): `medication`, `strength` (they belong to the
 * Medication) and `ambiguous`. `Dosage.text` is left to the caller, who holds the verbatim text.
 */
export function sigToDosage(reading: SigReading): Dosage[] {
  if (reading.steps === null) return [stepToDosage(reading, NOTHING_INHERITED)];
  const dosages: Dosage[] = [];
  appendSteps(reading, NOTHING_INHERITED, 1, dosages);
  return dosages;
}

/** Appends the entries of `parent`'s steps; returns the next free sequence number. */
function appendSteps(parent: SigStep, outer: Inherited, sequence: number, out: Dosage[]): number {
  const inherited = inherit(parent, outer);
  let next = sequence;
  for (const step of parent.steps ?? []) {
    if (step.steps !== null && step.stepsType === 'sequential') {
      // TODO: a sequence nested inside a concurrent group has no flat FHIR form; it is written as
      // consecutive sequence numbers, so the reader sees the phases in order rather than in
      // parallel. The corpus nests only concurrent groups inside sequences, so this is rare.
      next = appendSteps(step, inherited, next, out);
      continue;
    }
    const at = parent.stepsType === 'concurrent' ? sequence : next;
    if (step.steps !== null) appendGroup(step, inherited, at, out);
    else out.push(stepToDosage(step, inherited, at));
    if (parent.stepsType === 'sequential') next += 1;
  }
  return parent.stepsType === 'concurrent' ? sequence + 1 : next;
}

function appendGroup(group: SigStep, outer: Inherited, sequence: number, out: Dosage[]): void {
  const inherited = inherit(group, outer);
  for (const step of group.steps ?? []) out.push(stepToDosage(step, inherited, sequence));
}

function inherit(step: SigStep, outer: Inherited): Inherited {
  return {
    route: step.route ?? outer.route,
    asNeeded: step.asNeeded || outer.asNeeded,
    asNeededFor: step.asNeededFor ?? outer.asNeededFor,
    maxPerDay: step.maxPerDay ?? outer.maxPerDay,
    duration: step.duration ?? outer.duration,
  };
}

function stepToDosage(step: SigStep, outer: Inherited, sequence?: number): Dosage {
  const own = inherit(step, outer);
  const dosage: Dosage = {};
  if (sequence !== undefined) dosage.sequence = sequence;
  const repeat = timingRepeat(step, own.duration);
  if (repeat) dosage.timing = { repeat };
  if (own.asNeededFor !== null) dosage.asNeededCodeableConcept = { text: own.asNeededFor };
  else if (own.asNeeded) dosage.asNeededBoolean = true;
  if (own.route !== null) dosage.route = routeToCodeableConcept(own.route);
  if (step.dose !== null) dosage.doseAndRate = [doseAndRate(step.dose)];
  if (own.maxPerDay !== null) dosage.maxDosePerPeriod = perDay(own.maxPerDay);
  return dosage;
}

function timingRepeat(step: SigStep, duration: Duration | null): TimingRepeat | null {
  const repeat: TimingRepeat = {};
  if (duration !== null) repeat.boundsDuration = durationToFhir(duration);
  if (step.count !== null) repeat.count = step.count;
  if (step.frequency !== null) {
    repeat.frequency = step.frequency.count;
    repeat.period = step.frequency.period;
    repeat.periodUnit = step.frequency.periodUnit;
  }
  if (step.frequencyMax !== null) repeat.frequencyMax = step.frequencyMax;
  if (step.periodMax !== null) repeat.periodMax = step.periodMax;
  if (step.dayOfWeek !== null) repeat.dayOfWeek = [...step.dayOfWeek];
  // FHIR writes times of day with seconds.
  if (step.timesOfDay !== null) repeat.timeOfDay = step.timesOfDay.map((t) => `${t}:00`);
  if (step.when !== null) repeat.when = [...step.when];
  return Object.keys(repeat).length > 0 ? repeat : null;
}

function doseAndRate(dose: DoseRange): DosageDoseAndRate {
  const unit = dose.unit === null ? {} : { unit: dose.unit };
  if (dose.min === dose.max) return { doseQuantity: { value: dose.min, ...unit } };
  return { doseRange: { low: { value: dose.min, ...unit }, high: { value: dose.max, ...unit } } };
}

function perDay(max: Quantity): Ratio {
  return {
    numerator: max.unit === null ? { value: max.value } : { value: max.value, unit: max.unit },
    denominator: { value: 1, unit: 'day', system: UCUM_SYSTEM, code: 'd' },
  };
}
