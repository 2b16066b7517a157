import { plannedDose } from './dose-planner';
import type { ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

const NOW = '2026-03-10T01:00:00.000Z';

describe('DynamoDoseStore', () => {
  let harness: ReminderHarness;

  useReminderHarness({}, (started) => {
    harness = started;
  });

  describe('when future planned doses of a prescription are deleted', () => {
    it('deletes only unclaimed, never snoozed planned doses of that prescription from then on', async () => {
      const userId = await harness.addUser(801);
      const past = plannedDose(userId, 'rx-1', { at: '2026-03-10T00:00:00.000Z' }, '0');
      const future = plannedDose(userId, 'rx-1', { at: '2026-03-10T08:00:00.000Z' }, '0');
      const later = plannedDose(userId, 'rx-1', { at: '2026-03-11T08:00:00.000Z' }, '0');
      const claimed = plannedDose(userId, 'rx-1', { at: '2026-03-10T09:00:00.000Z' }, '0');
      const snoozed = plannedDose(userId, 'rx-1', { at: '2026-03-10T02:00:00.000Z' }, '0z1', 1);
      const sent = { ...plannedDose(userId, 'rx-1', { at: NOW }, '0'), status: 'sent' as const };
      const otherRx = plannedDose(userId, 'rx-2', { at: '2026-03-10T08:00:00.000Z' }, '0');
      for (const dose of [past, future, later, claimed, snoozed, sent, otherRx]) {
        await harness.doses.putIfAbsent(dose);
      }
      const nowMs = Date.parse(NOW);
      await harness.claims.claim(claimed, 'task-a', nowMs, nowMs + 60_000);

      const deleted = await harness.doses.deleteFuturePlanned(userId, 'rx-1', NOW, nowMs);

      expect(deleted).toBe(2);
      expect((await harness.allDoses()).map((dose) => dose.doseKey)).toEqual(
        [past, sent, snoozed, otherRx, claimed].map((dose) => dose.doseKey),
      );
    });
  });
});
