import type { ProfileStore, UserProfile } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import type { DynamoPrescriptionStore } from '../storage/dynamo-prescription-store';
import type { DosePlanner } from './dose-planner';
import type { DynamoDoseStore } from './dynamo-dose-store';
import { repeatedSlotDoses } from './repeated-slot-doses';

/**
 * How far back doses already handled are looked up, in ms: 27 hours, more than the widest gap
 * between two zones' clocks (26 hours), so every slot that could come round again is seen.
 */
const HANDLED_LOOKBACK_MS = 27 * 60 * 60 * 1000;
/** Planned `moved` doses may lie ahead (from an earlier change), up to two days. */
const HANDLED_LOOKAHEAD_MS = 48 * 60 * 60 * 1000;

/** How {@link RezoningProfileStore} plans reminders again after moving a schedule. */
export interface RezoningReplanner {
  readonly doses: Pick<DynamoDoseStore, 'deleteFuturePlanned' | 'handledBetween' | 'putIfAbsent'>;
  readonly planner: Pick<DosePlanner, 'planAhead'>;
}

/** What {@link RezoningProfileStore} needs besides the profile store it wraps. */
export interface RezoningProfileStoreDeps {
  readonly prescriptions: Pick<DynamoPrescriptionStore, 'listActive' | 'replaceActiveSchedule'>;
  /** Null when reminders are off (no bot token): schedules still move, nothing is planned. */
  readonly replanner: RezoningReplanner | null;
  readonly now: () => Date;
  readonly logger: Logger;
}

/**
 * A profile store whose `setTimeZone` also moves the patient's active prescriptions to the new
 * zone, keeping their local wall-clock times (08:00 stays 08:00 in the new place), and plans
 * their reminders again: future planned doses are deleted (sent, answered and snoozed ones
 * stay) and the next 48 hours are planned from the moved schedule. A slot already reminded in
 * the old zone that comes round again in the new one (a move westwards) is not reminded twice
 * (see {@link repeatedSlotDoses}). Every way of setting a zone
 * (`/timezone`, its buttons, a shared location, the agent's `set_time_zone`) goes through here.
 * Prescriptions already in the zone are planned again too, so repeating a zone change that
 * failed half-way repairs it. `get` passes straight through.
 *
 * TODO: a slot not yet reminded whose new instant is already past (a move eastwards) is never
 * reminded, and a top-up that read the prescription just before the move and writes just after
 * the delete could leave old-zone doses planned; meanwhile the patient misses at most one
 * reminder of that day (never gets a second one for a slot), and the race needs a top-up of that
 * very prescription within milliseconds of the change, which is rare as top-ups come every 12 h.
 */
export class RezoningProfileStore implements ProfileStore {
  /**
   * @param profiles - The store that keeps the profiles.
   * @param deps - Prescriptions, the replanner, clock and logger.
   */
  constructor(
    private readonly profiles: ProfileStore,
    private readonly deps: RezoningProfileStoreDeps,
  ) {}

  /** Passes through. @throws the store's errors. */
  get(userId: string): Promise<UserProfile | null> {
    return this.profiles.get(userId);
  }

  /**
   * Stores the zone, then moves and re-plans each active prescription of this user.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable; the zone may be
   *   stored and some prescriptions moved already, and setting the zone again finishes the job.
   * @throws RangeError when a stored schedule is malformed (schedules are validated when built).
   */
  async setTimeZone(userId: string, timeZone: string): Promise<void> {
    await this.profiles.setTimeZone(userId, timeZone);
    const now = this.deps.now();
    let moved = 0;
    let planned = 0;
    for (const prescription of await this.deps.prescriptions.listActive(userId)) {
      const current = await this.moveToZone(userId, prescription, timeZone);
      if (current === null) continue;
      if (current !== prescription) moved += 1;
      planned += await this.replan(userId, { before: prescription, after: current }, now);
    }
    this.deps.logger.info('prescriptions moved to a new zone', { moved, planned });
  }

  /** The prescription in `timeZone`; null when it was stopped or changed meanwhile. */
  private async moveToZone(
    userId: string,
    prescription: Prescription,
    timeZone: string,
  ): Promise<Prescription | null> {
    const { schedule, prescriptionId } = prescription;
    if (schedule.timeZone === timeZone) return prescription;
    return this.deps.prescriptions.replaceActiveSchedule(
      userId,
      prescriptionId,
      { timeZone: schedule.timeZone },
      { ...schedule, timeZone },
    );
  }

  /** Doses planned afresh for one moved prescription. */
  private async replan(
    userId: string,
    move: { readonly before: Prescription; readonly after: Prescription },
    now: Date,
  ): Promise<number> {
    const { replanner } = this.deps;
    if (replanner === null) return 0;
    const { prescriptionId } = move.after;
    await replanner.doses.deleteFuturePlanned(
      userId,
      prescriptionId,
      now.toISOString(),
      now.getTime(),
    );
    const handled = await replanner.doses.handledBetween(
      userId,
      prescriptionId,
      new Date(now.getTime() - HANDLED_LOOKBACK_MS).toISOString(),
      new Date(now.getTime() + HANDLED_LOOKAHEAD_MS).toISOString(),
    );
    const held = repeatedSlotDoses({
      userId,
      prescriptionId,
      before: move.before.schedule,
      after: move.after.schedule,
      handledDueAts: handled.map((dose) => dose.dueAt),
      now,
    });
    for (const dose of held) await replanner.doses.putIfAbsent(dose);
    return replanner.planner.planAhead(userId, move.after, now);
  }
}
