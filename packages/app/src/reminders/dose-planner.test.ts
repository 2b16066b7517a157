import { sigReadingFixture } from '../storage/testing/prescription-fixture';
import { shortIdOf } from './dose-key';
import { plannedDose } from './dose-planner';
import type { ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

const FAR_FUTURE = '2100-01-01T00:00:00.000Z';

const DAILY_0800 = {
  timeZone: 'Europe/London',
  startDate: '2026-03-27',
  endDate: null,
  maxDoses: null,
  phases: [
    {
      doses: [{ pattern: { kind: 'daily' as const, times: ['08:00'], everyNDays: 1 }, dose: null }],
      days: null,
    },
  ],
};

describe('DosePlanner', () => {
  let harness: ReminderHarness;

  useReminderHarness({ now: '2026-03-02T07:00:00.000Z' }, (started) => {
    harness = started;
  });

  describe('when an active prescription is planned', () => {
    it('writes one planned dose per instant of the next 48 hours', async () => {
      const userId = await harness.addUser(101);
      const rx = await harness.addActivePrescription(userId);

      const created = await harness.planner.planAhead(userId, rx, harness.clock.date());

      const instants = ['2026-03-02T08', '2026-03-02T14', '2026-03-02T20']
        .concat(['2026-03-03T08', '2026-03-03T14', '2026-03-03T20'])
        .map((hour) => `${hour}:00:00.000Z`);
      expect(created).toBe(6);
      expect(await harness.allDoses()).toEqual(
        instants.map((at) => plannedDose(userId, 'rx-1', { at }, '0')),
      );
      expect((await harness.allDoses())[0]).toEqual({
        userId,
        doseKey: '2026-03-02T08:00:00.000Z#rx-1#0',
        dueAt: '2026-03-02T08:00:00.000Z',
        dueHour: '2026-03-02T08',
        prescriptionId: 'rx-1',
        shortId: shortIdOf('2026-03-02T08:00:00.000Z#rx-1#0', '2026-03-02T08:00:00.000Z'),
        status: 'planned',
        snoozeCount: 0,
        // 400 days after the due instant, in epoch seconds.
        expiresAt: Date.parse('2027-04-06T08:00:00.000Z') / 1000,
      });
    });
  });

  describe('when the same prescription is planned twice', () => {
    it('creates no duplicates', async () => {
      const userId = await harness.addUser(102);
      const rx = await harness.addActivePrescription(userId);
      await harness.planner.planAhead(userId, rx, harness.clock.date());
      const first = await harness.allDoses();

      harness.clock.advance(60 * 60 * 1000);
      const again = await harness.planner.planAhead(userId, rx, harness.clock.date());

      expect(again).toBe(0);
      expect(await harness.allDoses()).toEqual(first);
    });
  });

  describe('when planning runs concurrently from three tasks', () => {
    it('writes each dose once', async () => {
      const userId = await harness.addUser(103);
      const rx = await harness.addActivePrescription(userId);

      const created = await Promise.all(
        [1, 2, 3].map(() => harness.planner.planAhead(userId, rx, harness.clock.date())),
      );

      expect(created.reduce((sum, n) => sum + n, 0)).toBe(6);
      expect(await harness.allDoses()).toHaveLength(6);
    });
  });

  describe('when the prescription is taken as needed', () => {
    it('plans no dose', async () => {
      const userId = await harness.addUser(104);
      const rx = await harness.addActivePrescription(userId, {
        sig: sigReadingFixture({ asNeeded: true, asNeededFor: 'pain' }),
        schedule: {
          ...DAILY_0800,
          phases: [
            { doses: [{ pattern: { kind: 'asNeeded', reason: 'pain' }, dose: null }], days: null },
          ],
        },
      });

      const created = await harness.planner.planAhead(userId, rx, harness.clock.date());

      expect(created).toBe(0);
      expect(await harness.allDoses()).toEqual([]);
      expect(await harness.markers.due(FAR_FUTURE)).toEqual([]);
    });
  });

  describe('when the user blocked the bot', () => {
    it('plans no dose', async () => {
      const userId = await harness.addUser(105);
      const rx = await harness.addActivePrescription(userId);
      await harness.blocks.setBlocked(userId, true);

      expect(await harness.planner.planAhead(userId, rx, harness.clock.date())).toBe(0);
      expect(await harness.allDoses()).toEqual([]);
    });
  });

  describe('when a daily 08:00 dose crosses the March change in Europe/London', () => {
    it('is due at 08:00Z before and at 07:00Z after it', async () => {
      harness.clock.set('2026-03-28T00:00:00.000Z');
      const userId = await harness.addUser(106);
      const rx = await harness.addActivePrescription(userId, { schedule: DAILY_0800 });

      await harness.planner.planAhead(userId, rx, harness.clock.date());

      expect((await harness.allDoses()).map((dose) => dose.dueAt)).toEqual([
        '2026-03-28T08:00:00.000Z',
        '2026-03-29T07:00:00.000Z',
      ]);
    });
  });

  describe('when a plan marker comes due', () => {
    it('plans the doses that entered the window and moves the marker on', async () => {
      const userId = await harness.addUser(107);
      const rx = await harness.addActivePrescription(userId);
      await harness.planner.planAhead(userId, rx, harness.clock.date());
      harness.clock.set('2026-03-02T19:00:01.000Z');

      const summary = await harness.planner.topUpDue(harness.clock.date());

      expect(summary).toEqual({ prescriptions: 1, created: 2, failed: 0 });
      expect((await harness.allDoses()).slice(-2).map((dose) => dose.dueAt)).toEqual([
        '2026-03-04T08:00:00.000Z',
        '2026-03-04T14:00:00.000Z',
      ]);
      expect(await harness.markers.due(FAR_FUTURE)).toEqual([
        { userId, prescriptionId: 'rx-1', dueAt: '2026-03-03T07:00:01.000Z' },
      ]);
    });

    it('is topped up by one of three tasks', async () => {
      const userId = await harness.addUser(108);
      const rx = await harness.addActivePrescription(userId);
      await harness.planner.planAhead(userId, rx, harness.clock.date());
      harness.clock.set('2026-03-02T19:00:01.000Z');

      const summaries = await Promise.all(
        [1, 2, 3].map(() => harness.planner.topUpDue(harness.clock.date())),
      );

      expect(summaries.reduce((sum, s) => sum + s.prescriptions, 0)).toBe(1);
      expect(await harness.allDoses()).toHaveLength(8);
    });
  });

  describe('when every task was down for days', () => {
    it('still finds the overdue marker and plans from now', async () => {
      const userId = await harness.addUser(109);
      const rx = await harness.addActivePrescription(userId);
      await harness.planner.planAhead(userId, rx, harness.clock.date());
      harness.clock.set('2026-03-05T10:00:00.000Z');

      const summary = await harness.planner.topUpDue(harness.clock.date());

      expect(summary).toEqual({ prescriptions: 1, created: 6, failed: 0 });
    });
  });

  describe('when the prescription of a due marker was stopped', () => {
    it('removes the marker and plans nothing', async () => {
      const userId = await harness.addUser(110);
      const rx = await harness.addActivePrescription(userId);
      await harness.planner.planAhead(userId, rx, harness.clock.date());
      await harness.markPrescriptionStopped(userId, 'rx-1');
      harness.clock.set('2026-03-02T19:00:01.000Z');

      const summary = await harness.planner.topUpDue(harness.clock.date());

      expect(summary).toEqual({ prescriptions: 0, created: 0, failed: 0 });
      expect(await harness.markers.due(FAR_FUTURE)).toEqual([]);
      expect(await harness.allDoses()).toHaveLength(6);
    });
  });
});
