import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../config/parse-config';
import { createJsonLogger } from '../logging/json-logger';
import { RedactionList } from '../logging/redaction-list';
import { FakeTelegramApi } from '../testing/fake-telegram-api';
import { startApp, type RunningApp } from './start-app';

const TOKEN = '7000003:LOCAL_POLLING_TOKEN_abcdefghijklmnopqrstu';

describe('startApp', () => {
  describe('when started the way `npm start` does, with a bot token', () => {
    let dataDir: string;
    let telegram: FakeTelegramApi;
    let app: RunningApp | undefined;
    const lines: string[] = [];

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'cah-local-'));
      telegram = await FakeTelegramApi.start();
    });

    afterAll(async () => {
      await app?.stop();
      await telegram.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('long-polls Telegram, answers the update and stops cleanly', async () => {
      const redaction = new RedactionList();
      const config = parseConfig(
        {
          CAH_DATA_DIR: dataDir,
          PORT: '0',
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: telegram.apiRoot,
        },
        { repoRoot: '/unused', defaultUpdateMode: 'polling' },
      );
      telegram.queueUpdates({
        update_id: 5001,
        message: {
          message_id: 1,
          from: { id: 31337, is_bot: false, first_name: 'Lo', language_code: 'en' },
          chat: { id: 31337, first_name: 'Lo', type: 'private' },
          date: 1_767_225_600,
          text: '/help',
          entities: [{ offset: 0, length: 5, type: 'bot_command' }],
        },
      });
      const logger = createJsonLogger({
        service: 'test',
        redaction,
        write: (line) => lines.push(line),
      });

      app = await startApp({ config, logger, redaction });
      const [reply] = await telegram.waitForCalls((call) => call.method === 'sendMessage');
      await app.stop();

      expect(reply?.payload.chat_id).toBe(31337);
      expect(String(reply?.payload.text)).toMatch(/^Here is what I can do/);
      expect(telegram.callsTo('getUpdates')[0]?.payload).toEqual({
        offset: 0,
        timeout: 25,
        allowed_updates: ['message', 'callback_query'],
      });
      const messages = lines.map((line) => (JSON.parse(line) as { msg: string }).msg);
      expect(messages).toEqual(
        expect.arrayContaining([
          'app started',
          'telegram long polling started',
          'update handled',
          'shutdown finished',
        ]),
      );
      expect(lines.join('\n')).not.toContain(TOKEN);
    });
  });
});
