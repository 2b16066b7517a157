import type { ProfileStore, UserProfile } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import type { DynamoPrescriptionStore } from '../storage/dynamo-prescription-store';
import type { DosePlanner } from './dose-planner';
import type { DynamoDoseStore } from './dynamo-dose-store';

/** How {@link RezoningProfileStore} plans reminders again after moving a schedule. */
export interface RezoningReplanner {
  readonly doses: Pick<DynamoDoseStore, 'deleteFuturePlanned'>;
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
 * stay) and the next 48 hours are planned from the moved schedule. Every way of setting a zone
 * (`/timezone`, its buttons, a shared location, the agent's `set_time_zone`) goes through here.
 * Prescriptions already in the zone are planned again too, so repeating a zone change that
 * failed half-way repairs it. `get` passes straight through.
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
      planned += await this.replan(userId, current, now);
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
  private async replan(userId: string, prescription: Prescription, now: Date): Promise<number> {
    const { replanner } = this.deps;
    if (replanner === null) return 0;
    await replanner.doses.deleteFuturePlanned(
      userId,
      prescription.prescriptionId,
      now.toISOString(),
      now.getTime(),
    );
    return replanner.planner.planAhead(userId, prescription, now);
  }
}
