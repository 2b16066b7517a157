import { DoseAnswers } from '../reminders/dose-answers';
import { plannedDose } from '../reminders/dose-planner';
import { reminderText } from '../reminders/reminder-message';
import { HARNESS_TOKEN, type ReminderHarness } from '../reminders/testing/reminder-test-harness';
import { useReminderHarness } from '../reminders/testing/use-reminder-harness';
import { BOT_REPLIES } from './bot-replies';
import { createTelegramBot } from './create-telegram-bot';
import { handleDoseButton } from './dose-button-handler';
import { TurnReports } from './turn-report';

const DUE_AT = '2026-03-02T08:00:00.000Z';

describe('handleDoseButton', () => {
  let harness: ReminderHarness;

  useReminderHarness({ now: '2026-03-02T07:00:00.000Z' }, (started) => {
    harness = started;
  });

  function botWithDoseButtons() {
    const bot = createTelegramBot({
      token: HARNESS_TOKEN,
      apiRoot: harness.api.apiRoot,
      logger: harness.logger,
    });
    const doseAnswers = new DoseAnswers({
      doses: harness.doses,
      prescriptions: harness.prescriptions,
      blocks: harness.blocks,
      now: () => harness.clock.date(),
    });
    const deps = {
      identities: harness.identities,
      doseAnswers,
      reports: new TurnReports(),
      logger: harness.logger,
    };
    bot.chatType('private').callbackQuery(/^dose:/, (ctx) => handleDoseButton(ctx, deps));
    return bot;
  }

  async function remind(telegramId: number): Promise<{ userId: string; data: string }> {
    const userId = await harness.addUser(telegramId);
    const rx = await harness.addActivePrescription(userId);
    await harness.planner.planAhead(userId, rx, harness.clock.date());
    harness.clock.set('2026-03-02T08:00:05.000Z');
    await harness.dispatcher('task-a').runTick();
    const { shortId } = plannedDose(userId, 'rx-1', { at: DUE_AT }, '0');
    return { userId, data: `dose:taken:${shortId}` };
  }

  function press(fromId: number, data: string) {
    return {
      update_id: 9000 + fromId,
      callback_query: {
        id: `cq-${fromId}`,
        from: { id: fromId, is_bot: false, first_name: 'Ann' },
        chat_instance: 'ci',
        data,
        message: {
          message_id: 77,
          date: 1_772_438_405,
          chat: { id: fromId, type: 'private', first_name: 'Ann' },
        },
      },
    } as const;
  }

  describe('when the patient presses Taken on their reminder', () => {
    it('answers the query, records the dose and edits the reminder to show it', async () => {
      const { userId, data } = await remind(501);
      const rx = await harness.prescriptions.get(userId, 'rx-1');

      await botWithDoseButtons().handleUpdate(press(501, data));

      expect(harness.api.calls.slice(-2).map((call) => [call.method, call.payload])).toEqual([
        ['answerCallbackQuery', { callback_query_id: 'cq-501' }],
        [
          'editMessageText',
          {
            chat_id: 501,
            message_id: 77,
            text: `${rx === null ? '' : reminderText(rx)}\n\n\u2705 Marked as taken. Well done!`,
            parse_mode: 'HTML',
            reply_markup: { inline_keyboard: [] },
          },
        ],
      ]);
      const dose = (await harness.allDoses()).find((d) => d.dueAt === DUE_AT);
      expect(dose?.status).toBe('taken');
    });
  });

  describe('when someone else presses the same button data', () => {
    it('changes nothing and says the button has expired', async () => {
      const { data } = await remind(502);
      await harness.addUser(503);

      await botWithDoseButtons().handleUpdate(press(503, data));

      expect(harness.api.calls.slice(-2).map((call) => [call.method, call.payload.text])).toEqual([
        ['answerCallbackQuery', undefined],
        ['sendMessage', BOT_REPLIES.expiredButton],
      ]);
      const dose = (await harness.allDoses()).find((d) => d.dueAt === DUE_AT);
      expect(dose?.status).toBe('sent');
    });
  });
});
