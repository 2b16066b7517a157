import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Logger } from '../logging/logger';
import type { DosePlanner } from './dose-planner';

/**
 * Wraps a prescription store's `confirm` so that a prescription turning active gets its next
 * doses planned at once. Planning failures are logged, not thrown: the prescription is saved,
 * and the dispatcher's periodic top-up plans it later.
 */
export function confirmWithPlanning(
  store: Pick<PrescriptionStore, 'confirm'>,
  deps: {
    readonly planner: Pick<DosePlanner, 'planAhead'>;
    readonly now: () => Date;
    readonly logger: Logger;
  },
): Pick<PrescriptionStore, 'confirm'> {
  return {
    confirm: async (userId, prescriptionId) => {
      const confirmed = await store.confirm(userId, prescriptionId);
      if (confirmed?.status !== 'active') return confirmed;
      try {
        const planned = await deps.planner.planAhead(userId, confirmed, deps.now());
        deps.logger.info('doses planned on confirm', { planned });
      } catch (error) {
        deps.logger.error('dose planning on confirm failed', { err: error });
      }
      return confirmed;
    },
  };
}
