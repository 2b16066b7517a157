import { prescriptionFixture } from '../storage/testing/prescription-fixture';
import type { DosePlanner } from './dose-planner';
import { PlanningPrescriptionStore } from './planning-prescription-store';
import type { ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

describe('PlanningPrescriptionStore', () => {
  let harness: ReminderHarness;

  useReminderHarness({ now: '2026-03-02T07:00:00.000Z' }, (started) => {
    harness = started;
  });

  function storeWith(
    planner: Pick<DosePlanner, 'planAhead'> = harness.planner,
  ): PlanningPrescriptionStore {
    return new PlanningPrescriptionStore(harness.prescriptions, {
      planner,
      blocks: harness.blocks,
      now: () => harness.clock.date(),
      logger: harness.logger,
    });
  }

  describe('when a draft is confirmed', () => {
    it('returns the active prescription and plans its next 48 hours', async () => {
      const userId = await harness.addUser(601);
      const store = storeWith();
      await store.saveDraft(userId, prescriptionFixture());

      const confirmed = await store.confirm(userId, 'rx-1');

      expect(confirmed).toEqual(prescriptionFixture({ status: 'active' }));
      expect(await harness.allDoses()).toHaveLength(6);
    });

    it('clears a blocked flag left from before', async () => {
      const userId = await harness.addUser(602);
      await harness.blocks.setBlocked(userId, true);
      const store = storeWith();
      await store.saveDraft(userId, prescriptionFixture());

      await store.confirm(userId, 'rx-1');

      expect(await harness.blocks.isBlocked(userId)).toBe(false);
      expect(await harness.allDoses()).toHaveLength(6);
    });
  });

  describe('when planning fails', () => {
    it('still confirms and logs the failure', async () => {
      const userId = await harness.addUser(603);
      const store = storeWith({ planAhead: () => Promise.reject(new RangeError('bad schedule')) });
      await store.saveDraft(userId, prescriptionFixture());

      const confirmed = await store.confirm(userId, 'rx-1');

      expect(confirmed?.status).toBe('active');
      expect(harness.logLines.map((line) => [line.level, line.msg])).toContainEqual([
        'error',
        'dose planning on confirm failed',
      ]);
    });
  });

  describe('when nothing is confirmed', () => {
    it('returns null and plans nothing', async () => {
      const userId = await harness.addUser(604);

      expect(await storeWith().confirm(userId, 'rx-missing')).toBeNull();
      expect(await harness.allDoses()).toEqual([]);
    });
  });
});
