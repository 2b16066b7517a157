import type { SigClause } from './sig-clause';
import { EMPTY_SIG_STEP } from './empty-sig-step';
import type { DayOfWeek, DoseRange, Frequency, Route, SigStep } from './sig-reading';

/** One sequential phase: the clauses that run side by side in it. */
export type SigPhase = readonly SigClause[];

function isTimed(clause: SigClause): boolean {
  return (
    clause.frequency !== null ||
    clause.when !== null ||
    clause.timesOfDay !== null ||
    clause.dayOfWeek !== null ||
    clause.asNeeded ||
    clause.duration !== null ||
    clause.count !== null
  );
}

/** True when some clause of the phase says when or how long. */
export function isTimedPhase(phase: SigPhase): boolean {
  return phase.some(isTimed);
}

function fillGaps(target: SigClause, source: SigClause): SigClause {
  return {
    ...target,
    dose: target.dose ?? source.dose,
    strength: target.strength ?? source.strength,
  };
}

/** A phase as read, before folding: `explicit` when "then" or "followed by" started it. */
export interface SigPhaseDraft {
  readonly clauses: SigPhase;
  readonly explicit: boolean;
}

/** An untimed phase that "then" starts with its own amount ("then 1 puff thereafter") stays. */
function isStandalone(draft: SigPhaseDraft): boolean {
  return (
    isTimedPhase(draft.clauses) ||
    (draft.explicit && draft.clauses.some((clause) => clause.dose !== null))
  );
}

/**
 * Folds phases that say neither when nor how long into a neighbour ("… for 10 days 3 ml =
 * 150 mg" restates the amount; "discard first drop, then …" is an instruction): they only fill
 * the neighbour's missing dose and strength. A lone phase is kept as it is.
 */
export function foldUntimedPhases(drafts: readonly SigPhaseDraft[]): SigPhase[] {
  if (drafts.length <= 1) return drafts.map((draft) => draft.clauses);
  const timed: SigClause[][] = [];
  const pending: SigClause[] = [];
  for (const draft of drafts) {
    const phase = draft.clauses;
    if (!isStandalone(draft)) {
      const last = timed[timed.length - 1];
      const lastClause = last?.[last.length - 1];
      if (last !== undefined && lastClause !== undefined) {
        last[last.length - 1] = fillGaps(lastClause, phase[0] ?? lastClause);
      } else pending.push(...phase);
      continue;
    }
    const clauses = [...phase];
    const first = clauses[0];
    if (first !== undefined) clauses[0] = pending.reduce((acc, item) => fillGaps(acc, item), first);
    pending.length = 0;
    timed.push(clauses);
  }
  if (timed.length > 0) return timed;
  const [first, ...rest] = pending;
  return first === undefined ? [] : [[rest.reduce((acc, item) => fillGaps(acc, item), first)]];
}

/** "2 tabs at night and 1 in the morning": a bare amount takes the unit of the part before. */
export function carryPartUnits(parts: readonly SigClause[]): SigClause[] {
  let unit: string | null = null;
  return parts.map((part) => {
    const dose = part.dose;
    if (dose === null) return part;
    if (dose.unit !== null) {
      unit = dose.unit;
      return part;
    }
    return unit === null ? part : { ...part, dose: { ...dose, unit } };
  });
}

const WEEK: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** "5 mg Mon, Wed, Fri; 2.5 mg other days": the other days are the ones no part names. */
export function fillOtherDays(parts: readonly SigClause[]): SigClause[] {
  const named = new Set(parts.flatMap((part) => part.dayOfWeek ?? []));
  if (named.size === 0) return [...parts];
  const rest = WEEK.filter((day) => !named.has(day));
  return parts.map((part) =>
    part.otherDays && part.dayOfWeek === null ? { ...part, dayOfWeek: rest } : part,
  );
}

function sameDose(a: DoseRange | null, b: DoseRange | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Merges side-by-side clauses that give the same amount ("3 tablets in the morning, 3 at noon and
 * 3 in the evening", "1 tablet at 8 am and 1 tablet at 2 pm") into one clause whose events or
 * clock times add up; different amounts stay apart.
 */
export function mergeEqualParts(parts: readonly SigClause[]): SigClause[] {
  const first = parts[0];
  if (parts.length < 2 || first === undefined) return [...parts];
  const same = parts.every(
    (part) => sameDose(part.dose, first.dose) && part.asNeeded === first.asNeeded,
  );
  // Events and clock times never share one timing (FHIR tim-10), so only like merges with like.
  const byEvents = parts.every((part) => part.when !== null && part.timesOfDay === null);
  const byClock = parts.every((part) => part.timesOfDay !== null && part.when === null);
  if (!same || (!byEvents && !byClock)) return [...parts];
  const when = byEvents ? [...new Set(parts.flatMap((part) => part.when ?? []))] : null;
  const times = byClock ? [...new Set(parts.flatMap((part) => part.timesOfDay ?? []))] : null;
  const frequency: Frequency = {
    count: (when ?? times ?? []).length,
    period: 1,
    periodUnit: 'd',
  };
  const merged = parts.reduce((acc, part) => ({
    ...acc,
    duration: acc.duration ?? part.duration,
    count: acc.count ?? part.count,
    conflict: acc.conflict || part.conflict,
  }));
  return [{ ...merged, when, timesOfDay: times, frequency }];
}

/** Turns a clause into a step of the reading with the sig's route. */
export function stepOf(clause: SigClause, route: Route | null): SigStep {
  return {
    ...EMPTY_SIG_STEP,
    strength: clause.strength,
    dose: clause.dose,
    route,
    frequency: clause.frequency,
    periodMax: clause.periodMax,
    timesOfDay: clause.timesOfDay,
    when: clause.when,
    dayOfWeek: clause.dayOfWeek,
    asNeeded: clause.asNeeded,
    asNeededFor: clause.asNeededFor,
    duration: clause.duration,
    frequencyMax: clause.frequencyMax,
    count: clause.count,
  };
}

const ONCE_DAILY: Frequency = { count: 1, period: 1, periodUnit: 'd' };

function carryInto(
  clause: SigClause,
  previous: SigClause | null,
  firstFrequency: Frequency | null,
): SigClause {
  if (clause.offPeriod) {
    // Off periods in an on/off cycle are steps with dose 0.
    return {
      ...clause,
      dose: { min: 0, max: 0, unit: previous?.dose?.unit ?? null },
      frequency: null,
    };
  }
  let dose = clause.dose ?? previous?.dose ?? null;
  if (dose !== null && dose.unit === null && previous?.dose?.unit)
    dose = { ...dose, unit: previous.dose.unit };
  const untimed = clause.frequency === null && clause.when === null && clause.timesOfDay === null;
  let frequency = clause.frequency;
  if (untimed && !clause.asNeeded) {
    // A frequency stated only in the first phase carries over; "dose x N days" alone is daily.
    frequency = firstFrequency ?? (clause.duration !== null ? ONCE_DAILY : null);
  }
  return { ...clause, dose, frequency };
}

/**
 * Applies the taper conventions across sequential phases: a missing amount or unit comes from
 * the phase before, a frequency stated only in the first phase carries over, and a phase with
 * an amount and a duration but no frequency is once daily.
 */
export function carryOverPhases(phases: readonly SigPhase[]): SigPhase[] {
  const firstFrequency = phases[0]?.[0]?.frequency ?? null;
  let previous: SigClause | null = null;
  return phases.map((phase) =>
    phase.map((clause) => {
      const carried = carryInto(clause, previous, phase.length === 1 ? firstFrequency : null);
      previous = carried;
      return carried;
    }),
  );
}
