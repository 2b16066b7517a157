import { readLocalClock } from '@ctrl-alt-heal/agent';
import { buildSchedule, type DoseSchedule, type Prescription } from '@ctrl-alt-heal/domain';

/**
 * How long after a schedule's `notBefore` a confirmation may come and still keep that schedule,
 * in ms (5 minutes). A later confirmation rebuilds the schedule from the confirm instant.
 */
export const CONFIRM_RESTART_GRACE_MS = 5 * 60 * 1000;

/** What confirming at some instant means for a prescription's schedule. */
export type ConfirmRestart =
  /** The schedule stands: confirmed within the grace period, or it has no `notBefore`. */
  | { readonly kind: 'current' }
  /** The schedule rebuilt from the sig to start at the confirm instant. */
  | { readonly kind: 'restarted'; readonly schedule: DoseSchedule }
  /** A rebuild was due but asks for clarification, so the old schedule is kept. */
  | { readonly kind: 'kept'; readonly issueCount: number };

/**
 * Decides whether a prescription confirmed at `now` needs its schedule rebuilt. The schedule
 * was built when the draft was proposed (its `notBefore` is that instant); confirming much
 * later would count the slots in between as given, so the schedule is rebuilt from the stored
 * sig in the same zone, starting on today's local date at `now`. A course of a fixed number of
 * days then keeps its full count from the next slot after the confirmation. Schedules without a
 * `notBefore` (built before it existed) are left as they are.
 *
 * @param now - The confirm instant.
 * @throws RangeError when the schedule's zone is unknown to this runtime (zones are checked
 *   when a schedule is built, so this is a bug).
 */
export function restartScheduleAtConfirm(prescription: Prescription, now: Date): ConfirmRestart {
  const { schedule } = prescription;
  const notBefore = schedule.notBefore;
  if (typeof notBefore !== 'string') return { kind: 'current' };
  if (now.getTime() - Date.parse(notBefore) <= CONFIRM_RESTART_GRACE_MS) return { kind: 'current' };
  const rebuilt = buildSchedule(prescription.sig, {
    timeZone: schedule.timeZone,
    startDate: readLocalClock(now, schedule.timeZone).localDate,
    startAt: now.toISOString(),
  });
  return rebuilt.kind === 'ok'
    ? { kind: 'restarted', schedule: rebuilt.schedule }
    : { kind: 'kept', issueCount: rebuilt.issues.length };
}
