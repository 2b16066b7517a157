import type { SigReading } from './sig-reading';
import { SIG_READING_FIELDS } from './sig-reading';

/** A field of a sig reading that the scorer compares. */
export type SigField = (typeof SIG_READING_FIELDS)[number];

/** One scored case: the corpus id, the gold reading and what the parser read. */
export interface SigScoreCase {
  readonly id: number;
  readonly gold: Readonly<Record<string, unknown>>;
  readonly got: SigReading;
}

/** A field whose reading differs from the gold. */
export interface SigFieldFailure {
  readonly id: number;
  readonly field: SigField;
  readonly expected: unknown;
  readonly got: unknown;
}

/** Per-field exact-match rates (0..1) and every failure, in corpus order. */
export interface SigScore {
  readonly total: number;
  readonly rates: Readonly<Record<SigField, number>>;
  readonly failures: readonly SigFieldFailure[];
}

/** JSON with object keys sorted, so that key order never decides equality. Arrays keep order. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * Tells whether two field values are JSON-equal: same primitives, same keys with equal values,
 * same arrays in the same order (the corpus gives `when` and `dayOfWeek` in a fixed order).
 */
export function isSigValueEqual(expected: unknown, got: unknown): boolean {
  return canonicalJson(expected) === canonicalJson(got);
}

/**
 * Scores parser readings against gold readings field by field with exact deep equality.
 * An empty case list gives a rate of 0 for every field.
 */
export function scoreSigReadings(cases: readonly SigScoreCase[]): SigScore {
  const failures: SigFieldFailure[] = [];
  const hits = new Map<SigField, number>(SIG_READING_FIELDS.map((field) => [field, 0]));
  for (const item of cases) {
    for (const field of SIG_READING_FIELDS) {
      const expected = item.gold[field] ?? null;
      const got: unknown = item.got[field];
      if (isSigValueEqual(expected, got)) hits.set(field, (hits.get(field) ?? 0) + 1);
      else failures.push({ id: item.id, field, expected, got });
    }
  }
  const total = cases.length;
  const rates = Object.fromEntries(
    SIG_READING_FIELDS.map((field) => [field, total === 0 ? 0 : (hits.get(field) ?? 0) / total]),
  ) as Record<SigField, number>;
  return { total, rates, failures };
}
