import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import type { DosePlanner } from './dose-planner';

/** What {@link PlanningPrescriptionStore} needs besides the store it wraps. */
export interface PlanningPrescriptionStoreDeps {
  readonly planner: Pick<DosePlanner, 'planAhead'>;
  /** Cleared on confirm: a user confirming a prescription has not blocked the bot. */
  readonly blocks: { setBlocked(userId: string, blocked: boolean): Promise<void> };
  readonly now: () => Date;
  readonly logger: Logger;
}

/**
 * A prescription store whose `confirm` also plans the next doses of a prescription that is
 * active afterwards (clearing a stale "blocked the bot" flag first, since the user is plainly
 * talking to the bot); every other method passes straight through. Planning failures are logged,
 * not thrown: the prescription is saved, and the dispatcher's periodic top-up plans it later.
 */
export class PlanningPrescriptionStore implements PrescriptionStore {
  /**
   * @param store - The store that keeps the prescriptions.
   * @param deps - Planner, clock and logger.
   */
  constructor(
    private readonly store: PrescriptionStore,
    private readonly deps: PlanningPrescriptionStoreDeps,
  ) {}

  /** Confirms as the wrapped store does, then plans doses. @throws the store's errors. */
  async confirm(userId: string, prescriptionId: string): Promise<Prescription | null> {
    const confirmed = await this.store.confirm(userId, prescriptionId);
    if (confirmed?.status === 'active') await this.planQuietly(userId, confirmed);
    return confirmed;
  }

  /** Passes through. @throws the store's errors. */
  saveDraft(userId: string, prescription: Prescription): Promise<void> {
    return this.store.saveDraft(userId, prescription);
  }

  /** Passes through. @throws the store's errors. */
  get(userId: string, prescriptionId: string): Promise<Prescription | null> {
    return this.store.get(userId, prescriptionId);
  }

  /** Passes through. @throws the store's errors. */
  listActive(userId: string): Promise<Prescription[]> {
    return this.store.listActive(userId);
  }

  private async planQuietly(userId: string, prescription: Prescription): Promise<void> {
    try {
      await this.deps.blocks.setBlocked(userId, false);
      const planned = await this.deps.planner.planAhead(userId, prescription, this.deps.now());
      this.deps.logger.info('doses planned on confirm', { planned });
    } catch (error) {
      this.deps.logger.error('dose planning on confirm failed', { err: error });
    }
  }
}
