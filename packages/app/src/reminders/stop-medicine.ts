import type { DynamoPrescriptionStore, StopOutcome } from '../storage/dynamo-prescription-store';
import type { DynamoDoseStore } from './dynamo-dose-store';

/** What {@link createStopMedicine} needs. */
export interface StopMedicineDeps {
  readonly prescriptions: Pick<DynamoPrescriptionStore, 'stop'>;
  readonly doses: Pick<DynamoDoseStore, 'deleteFuturePlanned'>;
  readonly now: () => Date;
}

/**
 * Stops one prescription of one user (a conditional active → stopped write), then deletes its
 * planned doses due from now on, snoozed ones included, so no more reminders go out. The deletion also runs when the
 * prescription was already stopped, so a retry after a failed deletion finishes the job.
 *
 * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
 */
// TODO: a dose whose reminder is being sent at this very moment (under a live send claim) is
// not deleted, so at most that one reminder still arrives; the dispatcher does not re-check the
// prescription's status. Safe because the patient sees it stopped and the reminder only asks.
export function createStopMedicine(
  deps: StopMedicineDeps,
): (userId: string, prescriptionId: string) => Promise<StopOutcome> {
  return async (userId, prescriptionId) => {
    const outcome = await deps.prescriptions.stop(userId, prescriptionId);
    if (outcome !== 'absent') {
      const now = deps.now();
      await deps.doses.deleteFuturePlanned(
        userId,
        prescriptionId,
        now.toISOString(),
        now.getTime(),
        { includeSnoozed: true },
      );
    }
    return outcome;
  };
}
