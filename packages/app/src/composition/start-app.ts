import { randomUUID } from 'node:crypto';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createAgentTools } from '@ctrl-alt-heal/agent';
import type { AppConfig } from '../config/app-config';
import { loadRuntimeSecrets, type RuntimeSecrets } from '../config/runtime-secrets';
import { startLongPolling, type LongPolling } from '../intake/long-polling';
import type { TurnRunner } from '../intake/turn-runner';
import { createChatRef } from '../logging/chat-ref';
import type { Logger } from '../logging/logger';
import type { RedactionList } from '../logging/redaction-list';
import { createHttpApp } from '../server/create-http-app';
import { listenHttp, type RunningHttpServer } from '../server/http-server';
import { createAgentTurnRunner } from './agent-turn-runner';
import { createModel, type ModelHandle } from './create-model';
import { createStores, type AppStores } from './create-stores';
import { writeEndpointsFile } from './embedded-endpoints-file';
import { createShutdown } from './graceful-shutdown';
import { openStorage, type StorageHandles } from './open-storage';
import { createSecretsManagerReader } from './secrets-manager-reader';
import { createTelegramRuntime, type TelegramRuntime } from './telegram-runtime';

/**
 * External id of the one local user `/chat` speaks for.
 * TODO: /chat borrows the `telegram` identity provider with an id no Telegram user can have
 * (Telegram ids are numeric), because the identity store knows only that provider; meanwhile
 * the chat user is a normal user with its own data, which is safe as it cannot collide.
 */
export const CHAT_API_EXTERNAL_ID = 'http-chat-user';

/** What {@link startApp} needs besides the config. */
export interface StartAppOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly redaction: RedactionList;
  /** Clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Id generator. Default `crypto.randomUUID`. */
  readonly newId?: () => string;
}

/** A running app. */
export interface RunningApp {
  readonly url: string;
  readonly port: number;
  /** Graceful stop: refuse new work, finish turns in flight, release everything. */
  stop(): Promise<void>;
}

interface Core {
  readonly secrets: RuntimeSecrets;
  readonly storage: StorageHandles;
  readonly stores: AppStores;
  readonly model: ModelHandle;
  readonly turns: TurnRunner;
}

/**
 * The composition root: the only place that builds SDK clients, the clock and the id
 * generator. Steps: load secrets, open storage, build stores, model and turn runner, the
 * Telegram runtime (when a token is configured), listen, start polling (when configured),
 * write the embedded endpoints file, and return the graceful stop.
 *
 * @throws ConfigError-free boot failures: unreadable secrets, storage that cannot start, a
 *   port that cannot be bound. Anything opened before the failure is closed again.
 */
export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  const { config, logger } = options;
  const core = await buildCore(options);
  try {
    const telegram = buildTelegram(core, config, logger);
    const draining = { value: false };
    const http = await listenHttp(
      createHttpApp({
        logger,
        webhook:
          telegram === null
            ? null
            : { secret: core.secrets.webhookSecret, intake: telegram.intake },
        chat: {
          turns: core.turns,
          chatUserId: chatUserOf(core.stores),
          apiKey: core.secrets.chatApiKey,
        },
        isDraining: () => draining.value,
      }),
      config.server,
    );
    const polling = startPollingIfConfigured(telegram, config, logger);
    await announce(core, config, http, logger);
    const stop = createShutdown({
      logger,
      draining,
      http,
      queue: telegram?.queue ?? null,
      polling,
      closers: [() => core.model.close(), () => core.storage.close()],
    });
    return { url: http.url, port: http.port, stop };
  } catch (error) {
    core.model.close();
    await core.storage.close();
    throw error;
  }
}

async function buildCore(options: StartAppOptions): Promise<Core> {
  const { config, logger } = options;
  const now = options.now ?? ((): Date => new Date());
  const newId = options.newId ?? randomUUID;
  const secrets = await loadSecrets(options);
  const storage = await openStorage(config, logger);
  const stores = createStores(storage, { now, newId });
  const model = createModel(config.model);
  const tools = createAgentTools({
    prescriptions: stores.prescriptions,
    profiles: stores.profiles,
    newId,
  });
  const turns = createAgentTurnRunner({
    agent: { model: model.model, tools, conversations: stores.conversations, logger },
    profiles: stores.profiles,
    now,
  });
  return { secrets, storage, stores, model, turns };
}

async function loadSecrets(options: StartAppOptions): Promise<RuntimeSecrets> {
  const { config, redaction, logger } = options;
  if (config.secrets.kind === 'embedded' || config.storage.kind === 'embedded') {
    return loadRuntimeSecrets(config, { redaction, logger });
  }
  const client = new SecretsManagerClient({ region: config.storage.region });
  try {
    return await loadRuntimeSecrets(config, {
      reader: createSecretsManagerReader(client),
      redaction,
      logger,
    });
  } finally {
    client.destroy();
  }
}

function buildTelegram(core: Core, config: AppConfig, logger: Logger): TelegramRuntime | null {
  if (core.secrets.botToken === null) return null;
  return createTelegramRuntime({
    token: core.secrets.botToken,
    apiRoot: config.telegram.apiRoot,
    logger,
    identities: core.stores.identities,
    prescriptions: core.stores.prescriptions,
    claims: core.stores.claims,
    turns: core.turns,
    chatRef: createChatRef(core.secrets.webhookSecret),
  });
}

function chatUserOf(stores: AppStores): () => Promise<string> {
  return async () => (await stores.identities.resolveUser('telegram', CHAT_API_EXTERNAL_ID)).userId;
}

function startPollingIfConfigured(
  telegram: TelegramRuntime | null,
  config: AppConfig,
  logger: Logger,
): LongPolling | null {
  if (telegram === null || config.telegram.updateMode !== 'polling') return null;
  const api = telegram.bot.api;
  return startLongPolling({
    // grammY types its signal with the abort-controller package; Node's AbortSignal is the same
    // object at run time.
    getUpdates: (params, signal) =>
      api.getUpdates(params, signal as Parameters<typeof api.getUpdates>[1]),
    intake: telegram.intake,
    logger,
  });
}

async function announce(
  core: Core,
  config: AppConfig,
  http: RunningHttpServer,
  logger: Logger,
): Promise<void> {
  const embedded = core.storage.embedded;
  const endpointsFile =
    embedded === null || config.storage.kind !== 'embedded'
      ? null
      : await writeEndpointsFile(config.storage.dataDir, {
          httpUrl: http.url,
          dynamoEndpoint: embedded.dynamoEndpoint,
          s3Endpoint: embedded.s3Endpoint,
          tableNames: embedded.tableNames,
          bucketNames: { ...embedded.bucketNames },
          pid: process.pid,
        });
  logger.info('app started', {
    mode: config.mode,
    url: http.url,
    port: http.port,
    model: core.model.model.modelId,
    telegram: core.secrets.botToken === null ? 'disabled' : config.telegram.updateMode,
    endpointsFile,
  });
}
