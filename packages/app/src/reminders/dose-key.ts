import { createHash } from 'node:crypto';

/** Characters of the base64url digest kept in a short id: 48 bits, unique within one instant. */
const SHORT_HASH_LENGTH = 8;

/** The parts of a dose's sort key: due instant, prescription and slot. */
export interface DoseKeyParts {
  /** ISO 8601 instant with milliseconds and `Z`, whole seconds (see {@link normalizeDueAt}). */
  readonly dueAt: string;
  readonly prescriptionId: string;
  /** Slot at that instant: `0`, `1`… for planned doses, `<slot>z<n>` for the n-th snooze. */
  readonly slot: string;
}

/**
 * An instant in the one form dose items use: `YYYY-MM-DDTHH:MM:SS.000Z`, cut to whole seconds,
 * so keys sort by time and a short id can carry the instant.
 *
 * @throws RangeError when `instant` is not a valid date.
 */
export function normalizeDueAt(instant: string | Date): string {
  const ms = new Date(instant).getTime();
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** The sort key `<dueAt>#<prescriptionId>#<slot>`: one user's doses sort by due instant. */
export function doseKeyOf(parts: DoseKeyParts): string {
  return `${parts.dueAt}#${parts.prescriptionId}#${parts.slot}`;
}

/** The UTC hour a dose falls in, `YYYY-MM-DDTHH`: the partition of the `byDueHour` index. */
export function dueHourOf(dueAt: string): string {
  return dueAt.slice(0, 13);
}

/**
 * A short id for button data (under 20 characters): the due instant in base-36 epoch seconds,
 * a dot, and a hash of the dose key. The instant lets the button handler find the dose with a
 * key-range read inside the pressing user's own partition.
 */
export function shortIdOf(doseKey: string, dueAt: string): string {
  const seconds = Math.floor(new Date(dueAt).getTime() / 1000);
  const hash = createHash('sha256').update(doseKey).digest('base64url');
  return `${seconds.toString(36)}.${hash.slice(0, SHORT_HASH_LENGTH)}`;
}

/** The due instant a short id carries, or null when it is not a short id we issue. */
export function dueAtOfShortId(shortId: string): string | null {
  const match = /^([0-9a-z]{1,8})\.[A-Za-z0-9_-]{8}$/.exec(shortId);
  if (match?.[1] === undefined) return null;
  return new Date(parseInt(match[1], 36) * 1000).toISOString();
}
