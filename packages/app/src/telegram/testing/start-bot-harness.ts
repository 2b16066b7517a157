import { randomUUID } from 'node:crypto';
import { startTestStorage, type TestStorage } from '../../embedded/testing/start-test-storage';
import type { TurnRunner } from '../../intake/turn-runner';
import { createJsonLogger } from '../../logging/json-logger';
import { DynamoDoseStore } from '../../reminders/dynamo-dose-store';
import { listRecordedDoses } from '../../reminders/list-recorded-doses';
import { createStopMedicine } from '../../reminders/stop-medicine';
import { S3BlobStore } from '../../storage/blob-store';
import { deleteAllUserData } from '../../storage/delete-all-user-data';
import { DynamoIdentityStore } from '../../storage/dynamo-identity-store';
import { DynamoPrescriptionStore } from '../../storage/dynamo-prescription-store';
import { DynamoProfileStore } from '../../storage/dynamo-profile-store';
import { FakeTelegramApi } from '../../testing/fake-telegram-api';
import { createTelegramBot } from '../create-telegram-bot';
import { installBotHandlers } from '../install-bot-handlers';
import { createTelegramFileDownloader } from '../telegram-file-download';
import { TelegramUpdateProcessor } from '../telegram-update-processor';
import { parseTelegramUpdate } from '../telegram-update-schema';
import { TurnReports } from '../turn-report';

/** The bot token the harness's bot uses. */
export const HARNESS_TOKEN = '4343:HARNESS_TOKEN_abcdefghijklmnopqrstuvwxyz';

/** The real handlers over embedded storage and a fake Bot API, for handler tests. */
export interface BotHarness {
  readonly api: FakeTelegramApi;
  readonly storage: TestStorage;
  readonly profiles: DynamoProfileStore;
  readonly prescriptions: DynamoPrescriptionStore;
  readonly identities: DynamoIdentityStore;
  readonly uploads: S3BlobStore;
  readonly doses: DynamoDoseStore;
  /** Every JSON log line written, parsed. */
  readonly logLines: Record<string, unknown>[];
  /** Runs one update (checked by the webhook schema) through grammY and the handlers. */
  process(update: Record<string, unknown>): Promise<void>;
  /** The internal user id of a Telegram user id (creating it on first use). */
  userIdOf(telegramId: number): Promise<string>;
  stop(): Promise<void>;
}

const NO_TURNS: TurnRunner = {
  run: () => Promise.reject(new Error('the model is not used by command flows')),
  stream: () => {
    throw new Error('the model is not used by command flows');
  },
};

/** Starts embedded storage, the fake Bot API and the bot's handlers at the fixed `now`. */
export async function startBotHarness(now: Date): Promise<BotHarness> {
  const storage = await startTestStorage();
  const api = await FakeTelegramApi.start();
  const logLines: Record<string, unknown>[] = [];
  const logger = createJsonLogger({
    service: 'test',
    write: (line) => logLines.push(JSON.parse(line) as Record<string, unknown>),
  });
  const base = { client: storage.dynamo, tableNames: storage.tableNames, now: () => now };
  const identities = new DynamoIdentityStore(base);
  const profiles = new DynamoProfileStore(base);
  const prescriptions = new DynamoPrescriptionStore(base);
  const doses = new DynamoDoseStore(base);
  const uploads = new S3BlobStore({ client: storage.s3, bucketName: storage.bucketNames.uploads });
  const bot = createTelegramBot({ token: HARNESS_TOKEN, apiRoot: api.apiRoot, logger });
  const reports = new TurnReports();
  installBotHandlers(bot, {
    identities,
    profiles,
    prescriptions,
    uploads,
    turns: NO_TURNS,
    reports,
    logger,
    downloadFile: createTelegramFileDownloader({ token: HARNESS_TOKEN, apiRoot: api.apiRoot }),
    forgetUser: async (userId) => {
      const { dynamo: client, tableNames } = storage;
      await deleteAllUserData(userId, { client, tableNames, blobStore: uploads });
    },
    stopMedicine: createStopMedicine({ prescriptions, doses, now: () => now }),
    now: () => now,
    newId: randomUUID,
    recordedDoses: (userId) => listRecordedDoses(base, userId),
  });
  const processor = new TelegramUpdateProcessor({ bot, reports, logger, chatRef: String });
  return {
    api,
    storage,
    profiles,
    prescriptions,
    identities,
    uploads,
    doses,
    logLines,
    process: async (update) => {
      const parsed = parseTelegramUpdate(update);
      if (!parsed.ok) throw new Error(`bad test update: ${parsed.problem}`);
      await processor.process(parsed.update);
    },
    userIdOf: async (telegramId) =>
      (await identities.resolveUser('telegram', String(telegramId))).userId,
    stop: async () => {
      await api.close();
      await storage.stop();
    },
  };
}
