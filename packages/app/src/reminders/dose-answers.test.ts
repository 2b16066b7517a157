import { DoseAnswers } from './dose-answers';
import { plannedDose } from './dose-planner';
import { reminderText } from './reminder-message';
import type { ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

const DUE_AT = '2026-03-02T08:00:00.000Z';

describe('DoseAnswers', () => {
  let harness: ReminderHarness;
  let answers: DoseAnswers;

  useReminderHarness({ now: '2026-03-02T07:00:00.000Z' }, (started) => {
    harness = started;
    answers = new DoseAnswers({
      doses: harness.doses,
      prescriptions: harness.prescriptions,
      blocks: harness.blocks,
      now: () => harness.clock.date(),
    });
  });

  /** A user whose 08:00 dose has been reminded; returns the user and the dose's short id. */
  async function remindedUser(telegramId: number): Promise<{ userId: string; shortId: string }> {
    const userId = await harness.addUser(telegramId);
    const rx = await harness.addActivePrescription(userId);
    await harness.planner.planAhead(userId, rx, harness.clock.date());
    harness.clock.set('2026-03-02T08:00:05.000Z');
    await harness.dispatcher('task-a').runTick();
    harness.clock.set('2026-03-02T08:03:00.000Z');
    return { userId, shortId: plannedDose(userId, 'rx-1', { at: DUE_AT }, '0').shortId };
  }

  async function doseOf(userId: string, dueAt = DUE_AT) {
    return (await harness.allDoses()).find((d) => d.userId === userId && d.dueAt === dueAt);
  }

  describe.each([
    ['taken', 'taken', '\u2705 Marked as taken. Well done!'],
    ['skip', 'skipped', '\u23ED Marked as skipped.'],
  ] as const)('when %s is pressed', (action, status, line) => {
    it('records the answer and its time, and shows the outcome', async () => {
      const { userId, shortId } = await remindedUser(401);

      const result = await answers.answer(userId, action, shortId);

      const rx = await harness.prescriptions.get(userId, 'rx-1');
      expect(result).toEqual({
        kind: 'recorded',
        status,
        html: `${rx === null ? '' : reminderText(rx)}\n\n${line}`,
      });
      expect(await doseOf(userId)).toEqual(
        expect.objectContaining({ status, answeredAt: '2026-03-02T08:03:00.000Z' }),
      );
    });
  });

  describe('when snooze is pressed', () => {
    it('records it snoozed and plans one dose 15 minutes later', async () => {
      const { userId, shortId } = await remindedUser(402);

      const result = await answers.answer(userId, 'snooze', shortId);

      expect(result.kind).toBe('recorded');
      expect((await doseOf(userId))?.status).toBe('snoozed');
      expect(await doseOf(userId, '2026-03-02T08:18:00.000Z')).toEqual(
        plannedDose(userId, 'rx-1', { at: '2026-03-02T08:18:00.000Z' }, '0z1', 1),
      );
    });

    it('allows two snoozes, then offers none', async () => {
      const { userId, shortId } = await remindedUser(403);
      await answers.answer(userId, 'snooze', shortId);
      const dispatcher = harness.dispatcher('task-a');
      harness.clock.set('2026-03-02T08:18:05.000Z');
      await dispatcher.runTick();
      const first = plannedDose(userId, 'rx-1', { at: '2026-03-02T08:18:00.000Z' }, '0z1', 1);
      harness.clock.set('2026-03-02T08:20:00.000Z');
      await answers.answer(userId, 'snooze', first.shortId);
      harness.clock.set('2026-03-02T08:35:05.000Z');
      await dispatcher.runTick();
      const second = plannedDose(userId, 'rx-1', { at: '2026-03-02T08:35:00.000Z' }, '0z2', 2);

      const third = await answers.answer(userId, 'snooze', second.shortId);

      expect(third).toEqual({ kind: 'refused' });
      expect((await doseOf(userId, '2026-03-02T08:35:00.000Z'))?.status).toBe('sent');
      const lastReminder = harness.api.callsTo('sendMessage').at(-1);
      expect(JSON.stringify(lastReminder?.payload.reply_markup)).not.toContain('snooze');
    });
  });

  describe('when a button is pressed twice', () => {
    it('keeps the first answer', async () => {
      const { userId, shortId } = await remindedUser(404);
      await answers.answer(userId, 'taken', shortId);

      const second = await answers.answer(userId, 'skip', shortId);

      expect(second).toEqual(expect.objectContaining({ kind: 'alreadyAnswered', status: 'taken' }));
      expect((await doseOf(userId))?.status).toBe('taken');
    });
  });

  describe('when another user presses the button', () => {
    it('finds nothing and changes nothing', async () => {
      const { userId, shortId } = await remindedUser(405);
      const stranger = await harness.addUser(406);

      const result = await answers.answer(stranger, 'taken', shortId);

      expect(result).toEqual({ kind: 'unknown' });
      expect((await doseOf(userId))?.status).toBe('sent');
    });
  });

  describe('when the user had been marked blocked', () => {
    it('clears the flag', async () => {
      const { userId, shortId } = await remindedUser(407);
      await harness.blocks.setBlocked(userId, true);

      await answers.answer(userId, 'taken', shortId);

      expect(await harness.blocks.isBlocked(userId)).toBe(false);
    });
  });
});
