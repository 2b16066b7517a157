import { EMPTY_SIG_STEP } from './empty-sig-step';
import { isSigAmbiguous } from './sig-ambiguity';
import type { SigClause } from './sig-clause';
import type { SigProduct } from './sig-medication';
import type { DoseRange, Duration, Quantity, Route, SigReading, SigStep } from './sig-reading';
import type { SigPhase, SigPhaseDraft } from './sig-step-assembly';
import type { TaperRate } from './sig-taper-rate';
import { expandTaperRate } from './sig-taper-rate';
import {
  carryOverPhases,
  carryPartUnits,
  fillOtherDays,
  foldUntimedPhases,
  mergeEqualParts,
  stepOf,
} from './sig-step-assembly';

/** Everything read from a sig, before it becomes one reading. */
export interface SigReadingParts {
  readonly product: SigProduct;
  readonly route: Route | null;
  readonly phases: readonly SigPhaseDraft[];
  /** A restated instruction: it may only fill gaps of a one-clause reading. */
  readonly restatement: SigClause | null;
  /** A structured header ("1 tab po daily x10 days") that the free text overrides. */
  readonly header: SigClause | null;
  readonly maxPerDay: Quantity | null;
  readonly continuousInfusion: boolean;
  /** An infusion whose rate cannot be right. */
  readonly implausible: boolean;
  /** A taper stated as a rate, expanded into steps from the starting dose. */
  readonly taperRate: TaperRate | null;
  readonly text: string;
}

const DAYS_PER_UNIT: Readonly<Record<Duration['unit'], number>> = {
  h: 1 / 24,
  d: 1,
  wk: 7,
  mo: 30,
};

function inDays(duration: Duration): number {
  return duration.value * DAYS_PER_UNIT[duration.unit];
}

function doseFromStrength(product: SigProduct): DoseRange | null {
  const strength = product.strength;
  if (!product.strengthIsDoseCandidate || strength === null) return null;
  return { min: strength.value, max: strength.value, unit: strength.unit };
}

function maxWithUnit(max: Quantity | null, dose: DoseRange | null): Quantity | null {
  if (max === null || max.unit !== null) return max;
  return { value: max.value, unit: dose?.unit ?? null };
}

function fillFromRestatement(clause: SigClause, restatement: SigClause | null): SigClause {
  if (restatement === null) return clause;
  return {
    ...clause,
    dose: clause.dose ?? restatement.dose,
    strength: clause.strength ?? restatement.strength,
    frequency: clause.frequency ?? restatement.frequency,
    when: clause.when ?? restatement.when,
    timesOfDay: clause.timesOfDay ?? restatement.timesOfDay,
    duration: clause.duration ?? restatement.duration,
  };
}

function baseReading(parts: SigReadingParts): SigReading {
  return { medication: parts.product.medication, ...EMPTY_SIG_STEP, route: parts.route };
}

function finish(
  reading: SigReading,
  parts: SigReadingParts,
  conflict: boolean,
  mismatch: boolean,
): SigReading {
  const signals = {
    conflict,
    // A taper rate that could not be expanded must not read as one flat dose.
    courseMismatch:
      mismatch || parts.implausible || (parts.taperRate !== null && reading.steps === null),
    continuousInfusion: parts.continuousInfusion,
    text: parts.text,
  };
  return { ...reading, ambiguous: isSigAmbiguous(reading, signals) };
}

function singleReading(parts: SigReadingParts, found: SigClause): SigReading {
  const clause = fillFromRestatement(found, parts.restatement);
  const dose = clause.dose ?? doseFromStrength(parts.product);
  const headerIsDose = clause.dose === null && dose !== null && parts.product.strengthIsDoseOnly;
  const reading: SigReading = {
    ...baseReading(parts),
    ...stepOf(clause, parts.route),
    medication: parts.product.medication,
    strength: clause.strength ?? (headerIsDose ? null : parts.product.strength),
    dose,
    maxPerDay: maxWithUnit(parts.maxPerDay, dose),
  };
  const headerDays = parts.header?.duration ?? null;
  const mismatch =
    headerDays !== null &&
    clause.duration !== null &&
    inDays(headerDays) !== inDays(clause.duration);
  return finish(reading, parts, clause.conflict, mismatch);
}

function sharedStrength(steps: readonly SigStep[]): Quantity | null {
  const first = steps[0]?.strength ?? null;
  const same = steps.every((step) => JSON.stringify(step.strength) === JSON.stringify(first));
  return same ? first : null;
}

function concurrentSteps(
  clauses: readonly SigClause[],
  route: Route | null,
  shareDuration: boolean,
): SigStep[] {
  const steps = clauses.map((clause) => stepOf(clause, route));
  const timed = steps.filter((step) => step.duration !== null);
  const last = steps[steps.length - 1];
  if (!shareDuration || timed.length !== 1 || last?.duration === null || last === undefined)
    return steps;
  return steps.map((step) => ({ ...step, duration: last.duration }));
}

function concurrentReading(parts: SigReadingParts, clauses: readonly SigClause[]): SigReading {
  const steps = concurrentSteps(clauses, parts.route, true);
  const reading: SigReading = {
    ...baseReading(parts),
    strength: rootStrength(parts, steps),
    asNeeded: steps.every((step) => step.asNeeded),
    maxPerDay: maxWithUnit(parts.maxPerDay, steps[0]?.dose ?? null),
    steps,
    stepsType: 'concurrent',
  };
  return finish(
    reading,
    parts,
    clauses.some((clause) => clause.conflict),
    false,
  );
}

function groupStep(clauses: readonly SigClause[], route: Route | null): SigStep {
  const inner = concurrentSteps(clauses, route, false);
  const duration = inner.find((step) => step.duration !== null)?.duration ?? null;
  return {
    ...EMPTY_SIG_STEP,
    route,
    duration,
    steps: inner.map((step) => ({ ...step, duration: null })),
    stepsType: 'concurrent',
  };
}

/** A restated total course ("… po daily x5 days") or header must equal the phases' sum. */
function courseMismatch(phases: readonly SigPhase[], header: SigClause | null): boolean {
  const sum = phases.reduce(
    (total, phase) => total + (phase[0]?.duration ? inDays(phase[0].duration) : 0),
    0,
  );
  const lastDurations = phases[phases.length - 1]?.[0]?.durations ?? [];
  const restated = lastDurations.length > 1 ? lastDurations[lastDurations.length - 1] : undefined;
  const total = header?.duration ?? restated ?? null;
  return total !== null && sum > 0 && Math.abs(inDays(total) - sum) > 1e-9;
}

/** "Prednisone 20mg daily x 5 days then 10mg …": the amount by the name is the first dose. */
function withHeaderDose(phases: readonly SigPhase[], product: SigProduct): SigPhase[] {
  const headerDose = doseFromStrength(product);
  const [first, ...rest] = phases;
  const firstClause = first?.[0];
  if (
    headerDose === null ||
    first === undefined ||
    firstClause === undefined ||
    firstClause.dose !== null
  ) {
    return [...phases];
  }
  return [[{ ...firstClause, dose: headerDose }, ...first.slice(1)], ...rest];
}

/** A name-attached mass that the steps use as differing doses is no shared strength. */
function rootStrength(parts: SigReadingParts, steps: readonly SigStep[]): Quantity | null {
  const strength = parts.product.strength;
  if (strength === null) return sharedStrength(steps);
  if (!parts.product.strengthIsDoseCandidate) return strength;
  const doses = steps.map((step) => step.dose).filter((dose) => dose !== null);
  const differ = doses.some((dose) => dose.unit === strength.unit && dose.max !== strength.value);
  return differ ? null : strength;
}

function sequentialReading(parts: SigReadingParts, phases: readonly SigPhase[]): SigReading {
  const steps = phases.map((phase) =>
    phase.length === 1 && phase[0] !== undefined
      ? stepOf(phase[0], parts.route)
      : groupStep(phase, parts.route),
  );
  const reading: SigReading = {
    ...baseReading(parts),
    strength: rootStrength(parts, steps),
    asNeeded: steps.every((step) => step.asNeeded),
    maxPerDay: maxWithUnit(parts.maxPerDay, steps[0]?.dose ?? null),
    steps,
    stepsType: 'sequential',
  };
  const conflict = phases.some((phase) => phase.some((clause) => clause.conflict));
  return finish(reading, parts, conflict, courseMismatch(phases, parts.header));
}

/** "100 mcg on one day alternating with 125 mcg": two interleaved every-other-day schedules. */
function alternatingReading(parts: SigReadingParts): SigReading | null {
  if (!/\balternating with\b/.test(parts.text)) return null;
  const doses = [
    doseFromStrength(parts.product),
    ...parts.phases.flatMap((phase) => phase.clauses).map((clause) => clause.dose),
  ];
  const found = doses.filter((dose): dose is DoseRange => dose !== null);
  if (found.length !== 2) return null;
  const steps = found.map((dose) => ({
    ...EMPTY_SIG_STEP,
    dose,
    route: parts.route,
    frequency: { count: 1, period: 2, periodUnit: 'd' as const },
  }));
  const reading: SigReading = { ...baseReading(parts), steps, stepsType: 'concurrent' };
  return finish(reading, parts, false, false);
}

/** "2 tabs now and 1 tab daily": a one-off loading dose comes before the rest, not beside it. */
function loadingDoseFirst(phases: SigPhase[]): SigPhase[] {
  const [first, ...rest] = phases[0] ?? [];
  const isLoading = first !== undefined && first.count === 1 && first.frequency === null;
  if (phases.length !== 1 || !isLoading || rest.length === 0) return phases;
  return [[first], rest];
}

/** "4 PO mane. Taper 1 mg a month": the rate expands the one starting clause into phases. */
function taperedPhases(phases: readonly SigPhase[], parts: SigReadingParts): SigPhase[] | null {
  const start = phases.length === 1 && phases[0]?.length === 1 ? phases[0][0] : undefined;
  if (parts.taperRate === null || start === undefined) return null;
  const withDose = { ...start, dose: start.dose ?? doseFromStrength(parts.product) };
  return expandTaperRate(withDose, parts.taperRate)?.map((clause) => [clause]) ?? null;
}

/** "Prednisone 10 mg", a FHIR medication line: the name and its strength, nothing to schedule. */
function productOnlyReading(parts: SigReadingParts): SigReading {
  const dose = doseFromStrength(parts.product);
  const reading: SigReading = {
    ...baseReading(parts),
    strength: dose !== null && parts.product.strengthIsDoseOnly ? null : parts.product.strength,
    dose,
    maxPerDay: parts.maxPerDay,
  };
  return finish(reading, parts, false, false);
}

/**
 * Builds the reading from its parts: one clause gives a flat reading; side-by-side clauses give
 * concurrent steps; phases give sequential steps (a phase with side-by-side clauses nests one
 * concurrent group). Root keeps medication, shared strength, route, whole-regimen PRN and the
 * daily maximum.
 */
export function assembleSigReading(parts: SigReadingParts): SigReading {
  const alternating = alternatingReading(parts);
  if (alternating !== null) return alternating;
  let phases: SigPhase[] = foldUntimedPhases(parts.phases).map((phase) =>
    mergeEqualParts(fillOtherDays(carryPartUnits(phase))),
  );
  if (phases.length > 1) phases = carryOverPhases(withHeaderDose(phases, parts.product));
  else if ((phases[0]?.length ?? 0) > 1) phases = withHeaderDose(phases, parts.product);
  const tapered = taperedPhases(phases, parts);
  if (tapered !== null) return sequentialReading(parts, tapered);
  phases = loadingDoseFirst(phases);
  const only = phases.length === 1 ? phases[0] : undefined;
  if (only !== undefined && only.length === 1 && only[0] !== undefined)
    return singleReading(parts, only[0]);
  if (only !== undefined) return concurrentReading(parts, only);
  if (phases.length === 0) return productOnlyReading(parts);
  return sequentialReading(parts, phases);
}
