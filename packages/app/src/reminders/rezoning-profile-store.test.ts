import type { DoseSchedule } from '@ctrl-alt-heal/domain';
import { DynamoProfileStore } from '../storage/dynamo-profile-store';
import { plannedDose } from './dose-planner';
import { RezoningProfileStore } from './rezoning-profile-store';
import type { ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

const DAILY_0800_UTC: DoseSchedule = {
  timeZone: 'UTC',
  startDate: '2026-03-01',
  endDate: null,
  maxDoses: null,
  phases: [
    {
      doses: [{ pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 }, dose: null }],
      days: null,
    },
  ],
};

describe('RezoningProfileStore', () => {
  let harness: ReminderHarness;
  let profiles: DynamoProfileStore;

  useReminderHarness({ now: '2026-03-10T01:00:00.000Z' }, (started) => {
    harness = started;
    const { dynamo, tableNames } = harness.storage;
    profiles = new DynamoProfileStore({
      client: dynamo,
      tableNames,
      now: () => harness.clock.date(),
    });
  });

  function rezoning(replanning = true): RezoningProfileStore {
    return new RezoningProfileStore(profiles, {
      prescriptions: harness.prescriptions,
      replanner: replanning ? { doses: harness.doses, planner: harness.planner } : null,
      now: () => harness.clock.date(),
      logger: harness.logger,
    });
  }

  /** A UTC 08:00 prescription, confirmed and planned, with yesterday's dose answered Taken. */
  async function utcPatient(telegramId: number): Promise<string> {
    const userId = await harness.addUser(telegramId);
    const rx = await harness.addActivePrescription(userId, { schedule: DAILY_0800_UTC });
    await harness.planner.planAhead(userId, rx, harness.clock.date());
    await harness.doses.putIfAbsent(takenDose(userId));
    return userId;
  }

  function takenDose(userId: string): ReturnType<typeof plannedDose> {
    return {
      ...plannedDose(userId, 'rx-1', { at: '2026-03-09T08:00:00.000Z' }, '0'),
      status: 'taken',
      answeredAt: '2026-03-09T08:05:00.000Z',
    };
  }

  describe('when a patient in UTC sets Asia/Kolkata', () => {
    it('keeps 08:00 local, so the next planned dose is at 02:30Z and none stays at 08:00Z', async () => {
      const userId = await utcPatient(701);

      await rezoning().setTimeZone(userId, 'Asia/Kolkata');

      expect(await profiles.get(userId)).toEqual({
        userId,
        timeZone: 'Asia/Kolkata',
        createdAt: '2026-03-10T01:00:00.000Z',
      });
      expect((await harness.prescriptions.get(userId, 'rx-1'))?.schedule).toEqual({
        ...DAILY_0800_UTC,
        timeZone: 'Asia/Kolkata',
      });
      expect(await harness.allDoses()).toEqual([
        takenDose(userId),
        plannedDose(userId, 'rx-1', { at: '2026-03-10T02:30:00.000Z' }, '0'),
        plannedDose(userId, 'rx-1', { at: '2026-03-11T02:30:00.000Z' }, '0'),
      ]);
    });

    it("leaves another user's prescription and doses alone", async () => {
      const userId = await utcPatient(702);
      const otherId = await utcPatient(703);
      const otherBefore = (await harness.allDoses()).filter((dose) => dose.userId === otherId);

      await rezoning().setTimeZone(userId, 'Asia/Kolkata');

      expect((await harness.prescriptions.get(otherId, 'rx-1'))?.schedule).toEqual(DAILY_0800_UTC);
      expect((await harness.allDoses()).filter((dose) => dose.userId === otherId)).toEqual(
        otherBefore,
      );
    });
  });

  describe('when a patient moves west right after a reminder', () => {
    it('does not remind the slot already reminded today again', async () => {
      harness.clock.set('2026-03-10T09:00:00.000Z');
      const userId = await harness.addUser(707);
      const rx = await harness.addActivePrescription(userId, { schedule: DAILY_0800_UTC });
      const reminded = {
        ...plannedDose(userId, 'rx-1', { at: '2026-03-10T08:00:00.000Z' }, '0'),
        status: 'taken' as const,
        answeredAt: '2026-03-10T08:02:00.000Z',
      };
      await harness.doses.putIfAbsent(reminded);
      await harness.planner.planAhead(userId, rx, harness.clock.date());

      await rezoning().setTimeZone(userId, 'America/New_York');
      const moved = await harness.prescriptions.get(userId, 'rx-1');
      const topUp =
        moved === null ? -1 : await harness.planner.planAhead(userId, moved, harness.clock.date());

      expect(topUp).toBe(0);

      // 08:00 in New York is 12:00Z (daylight time from 8 March): today's is held, not planned.
      expect(await harness.allDoses()).toEqual([
        reminded,
        {
          ...plannedDose(userId, 'rx-1', { at: '2026-03-10T12:00:00.000Z' }, '0'),
          status: 'moved',
        },
        plannedDose(userId, 'rx-1', { at: '2026-03-11T12:00:00.000Z' }, '0'),
      ]);
    });
  });

  describe('when a planned dose was snoozed', () => {
    it('keeps the snoozed dose', async () => {
      const userId = await utcPatient(704);
      const snoozed = plannedDose(userId, 'rx-1', { at: '2026-03-10T01:30:00.000Z' }, '0z1', 1);
      await harness.doses.putIfAbsent(snoozed);

      await rezoning().setTimeZone(userId, 'Asia/Kolkata');

      expect(await harness.allDoses()).toEqual([
        takenDose(userId),
        snoozed,
        plannedDose(userId, 'rx-1', { at: '2026-03-10T02:30:00.000Z' }, '0'),
        plannedDose(userId, 'rx-1', { at: '2026-03-11T02:30:00.000Z' }, '0'),
      ]);
    });
  });

  describe('when reminders are off', () => {
    it('moves the schedule and leaves the doses table alone', async () => {
      const userId = await utcPatient(705);
      const before = await harness.allDoses();

      await rezoning(false).setTimeZone(userId, 'Asia/Kolkata');

      expect((await harness.prescriptions.get(userId, 'rx-1'))?.schedule.timeZone).toBe(
        'Asia/Kolkata',
      );
      expect(await harness.allDoses()).toEqual(before);
    });
  });

  describe('when the zone is set again after a half-finished change', () => {
    it('plans the prescription already in that zone again', async () => {
      const userId = await utcPatient(706);
      const schedule = { ...DAILY_0800_UTC, timeZone: 'Asia/Kolkata' };
      await harness.prescriptions.replaceActiveSchedule(userId, 'rx-1', DAILY_0800_UTC, schedule);

      await rezoning().setTimeZone(userId, 'Asia/Kolkata');

      expect(await harness.allDoses()).toEqual([
        takenDose(userId),
        plannedDose(userId, 'rx-1', { at: '2026-03-10T02:30:00.000Z' }, '0'),
        plannedDose(userId, 'rx-1', { at: '2026-03-11T02:30:00.000Z' }, '0'),
      ]);
    });
  });
});
