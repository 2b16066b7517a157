import { plannedDose } from './dose-planner';
import { CLAIM_TTL_MS, type TickSummary } from './reminder-dispatcher';
import { reminderKeyboard, reminderText } from './reminder-message';
import { HARNESS_TOKEN, type ReminderHarness } from './testing/reminder-test-harness';
import { useReminderHarness } from './testing/use-reminder-harness';

const NO_DELIVERIES: TickSummary = {
  due: 0,
  sent: 0,
  missed: 0,
  dropped: 0,
  deferred: 0,
  failed: 0,
  lost: 0,
};

describe('ReminderDispatcher', () => {
  let harness: ReminderHarness;

  useReminderHarness({ now: '2026-03-02T07:00:00.000Z' }, (started) => {
    harness = started;
  });

  /** A user with the fixture prescription (08:00, 14:00, 20:00 London), planned ahead. */
  async function plannedUser(telegramId: number): Promise<string> {
    const userId = await harness.addUser(telegramId);
    const rx = await harness.addActivePrescription(userId);
    await harness.planner.planAhead(userId, rx, harness.clock.date());
    return userId;
  }

  async function doseAt(userId: string, at: string) {
    const doses = await harness.allDoses();
    return doses.find((dose) => dose.userId === userId && dose.dueAt === at);
  }

  describe('when a dose is due now', () => {
    it('sends one reminder with the instruction and buttons, and records it sent', async () => {
      const userId = await plannedUser(201);
      harness.clock.set('2026-03-02T08:00:05.000Z');

      const summary = await harness.dispatcher('task-a').runTick();

      const rx = await harness.prescriptions.get(userId, 'rx-1');
      const dose = plannedDose(userId, 'rx-1', { at: '2026-03-02T08:00:00.000Z' }, '0');
      expect(summary).toEqual({ ...NO_DELIVERIES, due: 1, sent: 1 });
      const [call] = harness.api.callsTo('sendMessage');
      expect(call?.payload).toEqual({
        chat_id: 201,
        text: rx === null ? '' : reminderText(rx),
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: JSON.parse(JSON.stringify(reminderKeyboard(dose))) as unknown,
      });
      expect(await doseAt(userId, '2026-03-02T08:00:00.000Z')).toEqual({
        ...dose,
        status: 'sent',
        sentAt: '2026-03-02T08:00:05.000Z',
        chatId: 201,
        messageId: expect.any(Number) as unknown,
      });
    });

    it('sends nothing more on the next tick', async () => {
      await plannedUser(202);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      const dispatcher = harness.dispatcher('task-a');
      await dispatcher.runTick();

      harness.clock.advance(20_000);
      const second = await dispatcher.runTick();

      expect(second).toEqual(NO_DELIVERIES);
      expect(harness.sentReminders()).toHaveLength(1);
    });
  });

  describe.each([2, 3])('when %i dispatchers race over 50 due doses', (tasks) => {
    it('sends each dose exactly once', async () => {
      const telegramIds = Array.from({ length: 50 }, (_, index) => 3000 + index);
      for (const id of telegramIds) await plannedUser(id);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      const dispatchers = Array.from({ length: tasks }, (_, index) =>
        harness.dispatcher(`task-${index}`),
      );

      const startedMs = performance.now();
      const summaries = await Promise.all(dispatchers.map((d) => d.runTick()));
      const elapsedMs = performance.now() - startedMs;

      const chats = harness.sentReminders().map((sent) => sent.chatId);
      const sentTotal = summaries.reduce((sum, s) => sum + s.sent, 0);
      expect(sentTotal).toBe(50);
      expect([...chats].sort()).toEqual(telegramIds);
      expect(chats.length - new Set(chats).size).toBe(0);
      const doses = await harness.allDoses();
      expect(doses.filter((dose) => dose.status === 'sent')).toHaveLength(50);
      // The measured rate goes into the report; the assertion only guards against a stall.
      process.stdout.write(
        `race ${tasks} tasks: 50 doses in ${elapsedMs.toFixed(0)} ms (${((50 * 1000) / elapsedMs).toFixed(1)}/s), duplicates ${chats.length - new Set(chats).size}\n`,
      );
      expect(elapsedMs).toBeLessThan(20_000);
    });
  });

  describe('when a task crashed while holding a claim', () => {
    it('leaves the dose alone until the claim expires, then another task sends it', async () => {
      const userId = await plannedUser(204);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      const doseKey = '2026-03-02T08:00:00.000Z#rx-1#0';
      const nowMs = harness.clock.now();
      await harness.claims.claim({ userId, doseKey }, 'crashed', nowMs, nowMs + CLAIM_TTL_MS);
      const survivor = harness.dispatcher('survivor');

      const whileHeld = await survivor.runTick();
      harness.clock.advance(CLAIM_TTL_MS + 1000);
      const afterExpiry = await survivor.runTick();

      expect(whileHeld).toEqual({ ...NO_DELIVERIES, due: 1, lost: 1 });
      expect(afterExpiry).toEqual({ ...NO_DELIVERIES, due: 1, sent: 1 });
      expect(harness.sentReminders()).toHaveLength(1);
      const dose = await doseAt(userId, '2026-03-02T08:00:00.000Z');
      expect(dose?.status).toBe('sent');
      expect(dose?.claimOwner).toBeUndefined();
    });
  });

  describe('when Telegram answers 429 with retry_after', () => {
    it('waits that long for the chat and sends again', async () => {
      await plannedUser(205);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      harness.api.failNext('sendMessage', {
        errorCode: 429,
        description: 'Too Many Requests: retry after 7',
        retryAfter: 7,
      });

      const summary = await harness.dispatcher('task-a').runTick();

      expect(summary).toEqual({ ...NO_DELIVERIES, due: 1, sent: 1 });
      expect(harness.api.callsTo('sendMessage')).toHaveLength(2);
      expect(harness.clock.sleeps).toEqual([7000]);
    });
  });

  describe('when the user blocked the bot (403)', () => {
    it('marks the user blocked, records the dose missed and sends no later reminder', async () => {
      const userId = await plannedUser(206);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      harness.api.failNext('sendMessage', {
        errorCode: 403,
        description: 'Forbidden: bot was blocked by the user',
      });
      const dispatcher = harness.dispatcher('task-a');

      const first = await dispatcher.runTick();
      harness.clock.set('2026-03-02T14:00:05.000Z');
      const later = await dispatcher.runTick();

      expect(first).toEqual({ ...NO_DELIVERIES, due: 1, missed: 1 });
      expect(later).toEqual({ ...NO_DELIVERIES, due: 1, missed: 1 });
      expect(harness.api.callsTo('sendMessage')).toHaveLength(1);
      expect(await harness.blocks.isBlocked(userId)).toBe(true);
      expect((await doseAt(userId, '2026-03-02T14:00:00.000Z'))?.missReason).toBe('blocked');
      const warn = harness.logLines.find((line) => line.msg === 'reminder refused: bot blocked');
      expect(warn).toEqual(expect.objectContaining({ level: 'warn', chatRef: 'ref-3' }));
      expect(JSON.stringify(harness.logLines)).not.toContain('206');
    });
  });

  describe('when a dose is more than an hour overdue', () => {
    it('records it missed without a reminder', async () => {
      const userId = await plannedUser(207);
      harness.clock.set('2026-03-02T09:30:00.000Z');

      const summary = await harness.dispatcher('task-a').runTick();

      expect(summary).toEqual({ ...NO_DELIVERIES, due: 1, missed: 1 });
      expect(harness.sentReminders()).toEqual([]);
      expect((await doseAt(userId, '2026-03-02T08:00:00.000Z'))?.missReason).toBe('late');
    });
  });

  describe('when the prescription was stopped', () => {
    it('drops the dose without a reminder', async () => {
      const userId = await plannedUser(208);
      await harness.markPrescriptionStopped(userId, 'rx-1');
      harness.clock.set('2026-03-02T08:00:05.000Z');

      const summary = await harness.dispatcher('task-a').runTick();

      expect(summary).toEqual({ ...NO_DELIVERIES, due: 1, dropped: 1 });
      expect(await doseAt(userId, '2026-03-02T08:00:00.000Z')).toBeUndefined();
    });
  });

  describe('when it stops while a reminder waits for its chat slot', () => {
    it('lets the send in flight finish and releases the unsent claim', async () => {
      const userId = await harness.addUser(209);
      const rx1 = await harness.addActivePrescription(userId);
      const rx2 = await harness.addActivePrescription(userId, { prescriptionId: 'rx-2' });
      harness.clock.set('2026-03-02T07:59:00.000Z');
      await harness.planner.planAhead(userId, rx1, harness.clock.date());
      await harness.planner.planAhead(userId, rx2, harness.clock.date());
      harness.clock.set('2026-03-02T08:00:05.000Z');
      // Sleeps end only on abort, so the second reminder to the chat waits until stop().
      const waitingClock = {
        now: () => harness.clock.now(),
        sleep: (_ms: number, signal?: AbortSignal) =>
          new Promise<void>((resolve) => signal?.addEventListener('abort', () => resolve())),
      };
      const dispatcher = harness.dispatcher('task-a', waitingClock);

      const tick = dispatcher.runTick();
      await harness.api.waitForCalls((call) => call.method === 'sendMessage' && call.answered);
      await dispatcher.stop();

      expect(await tick).toEqual(expect.objectContaining({ due: 2, sent: 1, deferred: 1 }));
      const doses = (await harness.allDoses()).filter((d) => d.dueHour === '2026-03-02T08');
      expect(doses.map((d) => [d.status, d.claimOwner])).toEqual(
        expect.arrayContaining([
          ['sent', undefined],
          ['planned', undefined],
        ]),
      );
    });
  });

  describe('when logs are written', () => {
    it('never carries the token or the medication', async () => {
      await plannedUser(210);
      harness.clock.set('2026-03-02T08:00:05.000Z');
      harness.api.failNext('sendMessage', { errorCode: 400, description: 'Bad Request' });

      await harness.dispatcher('task-a').runTick();

      const logs = JSON.stringify(harness.logLines);
      expect(logs).not.toContain(HARNESS_TOKEN);
      expect(logs).not.toContain('Amoxicillin');
      expect(harness.logLines.map((line) => line.msg)).toContain('reminder send failed');
    });
  });
});
