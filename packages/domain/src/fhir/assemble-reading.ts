import type { SigReading, SigStep } from '../sig/sig-reading';
import type { FhirJsonReader } from './fhir-json';
import { EMPTY_STEP } from './read-dosage-step';

/** One `Dosage` entry's step with its `sequence`. */
export interface SequencedStep {
  readonly sequence: number | null;
  readonly step: SigStep;
}

/**
 * Combines the steps of several `Dosage` entries into one reading. Entries with equal `sequence`
 * run side by side (a concurrent group); different sequences run one after another in increasing
 * order. With no `sequence` anywhere, all entries are concurrent; a `sequence` on only some
 * entries is an error. The result follows the sig corpus' canonical form: a route shared by every
 * step is copied up to the group; an as-needed reason and a daily maximum shared by every step
 * move up; so does a duration shared by the steps of a nested group.
 */
export function assembleReading(
  entries: readonly SequencedStep[],
  path: string,
  json: FhirJsonReader,
): SigReading {
  const [only] = entries;
  if (entries.length === 1 && only) return { ...only.step, medication: null };
  const withSequence = entries.filter((e) => e.sequence !== null).length;
  if (withSequence !== 0 && withSequence !== entries.length) {
    json.error('required', path, 'give every entry a sequence, or none');
  }
  const grouped = groupBySequence(entries);
  const [onlyGroup] = grouped;
  // Durations move up only inside a sequence: at the root they stay on the steps.
  const root =
    grouped.length === 1 && onlyGroup
      ? group(onlyGroup, 'concurrent')
      : group(
          grouped.map((steps) =>
            steps.length === 1 && steps[0] ? steps[0] : hoist(group(steps, 'concurrent'), true),
          ),
          'sequential',
        );
  return { ...hoist(root, false), medication: null };
}

function groupBySequence(entries: readonly SequencedStep[]): SigStep[][] {
  const bySequence = new Map<number, SigStep[]>();
  for (const { sequence, step } of entries) {
    const key = sequence ?? 0;
    bySequence.set(key, [...(bySequence.get(key) ?? []), step]);
  }
  return [...bySequence.entries()].sort(([a], [b]) => a - b).map(([, steps]) => steps);
}

function group(steps: readonly SigStep[], stepsType: 'sequential' | 'concurrent'): SigStep {
  return { ...EMPTY_STEP, steps, stepsType };
}

/** Moves values every child shares up to `parent`; `withDuration` for nested groups only. */
function hoist(parent: SigStep, withDuration: boolean): SigStep {
  const children = parent.steps ?? [];
  if (children.length === 0) return parent;
  const lifted: Partial<Mutable<SigStep>> = {};
  const cleared: Partial<Mutable<SigStep>> = {};
  const shared = <K extends keyof SigStep>(keys: readonly K[], clear = true): void => {
    const first = children[0];
    if (!first || !keys.some((k) => first[k] !== EMPTY_STEP[k])) return;
    if (!children.every((c) => keys.every((k) => same(c[k], first[k])))) return;
    for (const k of keys) {
      lifted[k] = first[k];
      if (clear) cleared[k] = EMPTY_STEP[k];
    }
  };
  // The sig corpus keeps a shared route on the steps too, and other shared values only above.
  shared(['route'], false);
  shared(['asNeeded', 'asNeededFor']);
  shared(['maxPerDay']);
  if (withDuration) shared(['duration']);
  return { ...parent, ...lifted, steps: children.map((c) => ({ ...c, ...cleared })) };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
