import { Temporal } from 'temporal-polyfill';
import type { SigReading, SigStep } from '../sig/sig-reading';
import { spreadAlternatingDoses } from './alternating-doses';
import type { DayAnchors } from './day-anchors';
import type { ScheduledDose, SchedulePhase } from './dose-schedule';
import { durationInDays } from './phase-length';
import { isOffPeriodStep, isPlausibleDuration } from './plausibility-issues';
import { scheduleError, type ScheduleIssue } from './schedule-result';
import { patternForStep } from './step-pattern';

/** The phases built from a reading, with every issue found on the way. */
export interface PhasesResult {
  readonly phases: readonly SchedulePhase[];
  readonly issues: readonly ScheduleIssue[];
}

const ANY_DATE = Temporal.PlainDate.from('2001-01-01');

interface PhaseContext {
  readonly anchors: DayAnchors;
  /** First date of the phase being built; null when an earlier phase ends by a dose count. */
  readonly start: Temporal.PlainDate | null;
}

/**
 * Turns a reading into schedule phases. A taper (sequential steps) becomes one phase per step,
 * each lasting its step's duration, and the next starting the day after; concurrent steps become
 * several doses in one phase. A whole-regimen PRN reading becomes a single as-needed phase with no
 * fixed times at all. Every step but the last must say how long it lasts (a duration or a dose
 * count), or the next step's start would be a guess.
 */
export function buildPhases(
  reading: SigReading,
  anchors: DayAnchors,
  start: Temporal.PlainDate,
): PhasesResult {
  if (reading.asNeeded) {
    return { phases: [asNeededPhase(reading)], issues: [] };
  }
  if (reading.steps !== null && reading.stepsType === 'sequential') {
    return sequentialPhases(reading.steps, 'reading.steps', { anchors, start });
  }
  const phase = phaseFromStep(reading, 'reading', { anchors, start }, false);
  return { phases: [phase.phase], issues: phase.issues };
}

function asNeededPhase(reading: SigReading): SchedulePhase {
  const leaves = reading.steps === null ? [reading] : flattenSteps(reading.steps);
  const doses = leaves.map((step) => ({
    pattern: { kind: 'asNeeded' as const, reason: step.asNeededFor ?? reading.asNeededFor },
    dose: step.dose,
  }));
  return { doses, days: null };
}

function flattenSteps(steps: readonly SigStep[]): SigStep[] {
  return steps.flatMap((step) => (step.steps === null ? [step] : flattenSteps(step.steps)));
}

function sequentialPhases(
  steps: readonly SigStep[],
  path: string,
  context: PhaseContext,
): PhasesResult {
  const phases: SchedulePhase[] = [];
  const issues: ScheduleIssue[] = [];
  let start = context.start;
  const flat = steps.flatMap((step, index) =>
    step.steps !== null && step.stepsType === 'sequential'
      ? step.steps.map((inner, innerIndex) => ({
          step: inner,
          path: `${path}[${index}].steps[${innerIndex}]`,
        }))
      : [{ step, path: `${path}[${index}]` }],
  );
  flat.forEach(({ step, path: stepPath }, index) => {
    const built = phaseFromStep(step, stepPath, { anchors: context.anchors, start }, true);
    phases.push(built.phase);
    issues.push(...built.issues);
    const isLast = index === flat.length - 1;
    // A stated but unusable duration has its own issue already.
    const unstated = step.duration === null;
    if (!isLast && unstated && built.phase.days === null && built.phase.maxDoses == null) {
      const message = `Step ${index + 1} does not say how long it lasts, so the next step has no start.`;
      issues.push(scheduleError('incomplete', `${stepPath}.duration`, message));
    }
    start =
      start !== null && built.phase.days !== null ? start.add({ days: built.phase.days }) : null;
  });
  return { phases, issues };
}

interface BuiltPhase {
  readonly phase: SchedulePhase;
  readonly issues: readonly ScheduleIssue[];
}

function phaseFromStep(
  step: SigStep,
  path: string,
  context: PhaseContext,
  countEndsPhase: boolean,
): BuiltPhase {
  const group = step.steps === null ? null : concurrentGroup(step, path, context);
  const doses = group?.doses ?? [];
  const issues: ScheduleIssue[] = [...(group?.issues ?? [])];
  // The off part of an on/off cycle is a phase without doses.
  const off = countEndsPhase && isOffPeriodStep(step);
  if (group === null && !off) {
    const pattern = patternForStep(step, context.anchors, path);
    if (pattern.kind === 'ok') {
      doses.push({ pattern: pattern.pattern, dose: step.dose });
    } else {
      issues.push(...pattern.issues);
    }
  }
  const duration = step.duration ?? group?.duration ?? null;
  const days = duration === null ? null : phaseDays(duration, path, context, issues);
  const maxDoses = countEndsPhase && !step.asNeeded ? step.count : null;
  const phase: SchedulePhase = maxDoses === null ? { doses, days } : { doses, days, maxDoses };
  return { phase, issues };
}

function phaseDays(
  duration: NonNullable<SigStep['duration']>,
  path: string,
  context: PhaseContext,
  issues: ScheduleIssue[],
): number | null {
  // TODO: a step measured in months after a step that ends by a dose count has no known start
  // date here (it depends on when the counted doses fall), so its length in days is unknown.
  // Meanwhile the patient is asked, which is safe: nothing is guessed. Storing the length in
  // months on the phase and resolving it during expansion would remove the question.
  if (context.start === null && duration.unit === 'mo') {
    const message =
      'A step measured in months follows a step that ends by a number of doses; when does it start?';
    issues.push(scheduleError('not-supported', `${path}.duration`, message));
    return null;
  }
  if (!isPlausibleDuration(duration)) {
    return null; // reported by plausibilityIssues
  }
  // Without a known start, only month lengths vary; any date gives the same count otherwise.
  const days = durationInDays(duration, context.start ?? ANY_DATE);
  if (days === null) {
    const message = `A duration of ${duration.value} ${duration.unit} is not a whole number of days; how many days is meant?`;
    issues.push(scheduleError('value', `${path}.duration`, message));
  }
  return days;
}

interface ConcurrentGroup {
  readonly doses: ScheduledDose[];
  readonly duration: SigStep['duration'];
  readonly issues: readonly ScheduleIssue[];
}

function concurrentGroup(step: SigStep, path: string, context: PhaseContext): ConcurrentGroup {
  const steps = step.steps ?? [];
  const doses: ScheduledDose[] = [];
  const issues: ScheduleIssue[] = [];
  if (step.stepsType === null) {
    const message = 'It is unclear whether these doses follow one another or are taken together.';
    return {
      doses,
      duration: null,
      issues: [scheduleError('invalid', `${path}.stepsType`, message)],
    };
  }
  if (step.stepsType !== 'concurrent' || steps.some((inner) => inner.steps !== null)) {
    const message = 'Steps nested this deeply are not supported; please list the doses one by one.';
    return {
      doses,
      duration: null,
      issues: [scheduleError('not-supported', `${path}.steps`, message)],
    };
  }
  steps.forEach((inner, index) => {
    const pattern = patternForStep(inner, context.anchors, `${path}.steps[${index}]`);
    if (pattern.kind === 'ok') {
      doses.push({ pattern: pattern.pattern, dose: inner.dose });
    } else {
      issues.push(...pattern.issues);
    }
    if (inner.count !== null && !inner.asNeeded) {
      const message = 'A dose count inside a set of doses taken side by side is not supported.';
      issues.push(scheduleError('not-supported', `${path}.steps[${index}].count`, message));
    }
  });
  const durations = [
    ...new Set(
      steps.map((inner) =>
        inner.duration === null ? null : `${inner.duration.value} ${inner.duration.unit}`,
      ),
    ),
  ];
  if (durations.length > 1) {
    const message =
      'The doses taken side by side last for different lengths of time; how long does each last?';
    issues.push(scheduleError('incomplete', `${path}.steps`, message));
  }
  const alternating = spreadAlternatingDoses(doses, `${path}.steps`);
  issues.push(...alternating.issues);
  return { doses: [...alternating.doses], duration: steps[0]?.duration ?? null, issues };
}
