import { BOT_REPLIES } from './bot-replies';
import { NO_TIME_ZONE_NOTE } from './start-command';
import type { BotHarness } from './testing/start-bot-harness';
import { useBotHarness } from './testing/use-bot-harness';
import { messageUpdate, PATIENT } from './testing/telegram-updates';

const START = {
  text: '/start',
  entities: [{ offset: 0, length: 6, type: 'bot_command' }],
};

describe('handleStartCommand', () => {
  let harness: BotHarness;

  useBotHarness(new Date('2026-03-02T09:00:00Z'), (started) => {
    harness = started;
  });

  describe('when the user has no time zone', () => {
    it('greets and says times are in UTC until they set one, and how', async () => {
      await harness.process(messageUpdate(1, START));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(
        `${BOT_REPLIES.start}\n\n${NO_TIME_ZONE_NOTE}`,
      );
      expect(NO_TIME_ZONE_NOTE).toContain('<code>/timezone Europe/London</code>');
    });
  });

  describe('when the user has set a time zone', () => {
    it('greets without the UTC note', async () => {
      await harness.profiles.setTimeZone(await harness.userIdOf(PATIENT.id), 'Asia/Kathmandu');

      await harness.process(messageUpdate(2, START));

      expect(harness.api.callsTo('sendMessage').at(-1)?.payload.text).toBe(BOT_REPLIES.start);
    });
  });
});
