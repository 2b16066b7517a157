import type { AppConfig } from '../config/app-config';
import { startLongPolling, type LongPolling } from '../intake/long-polling';
import { createChatRef } from '../logging/chat-ref';
import type { Logger } from '../logging/logger';
import type { Reminders } from '../reminders/create-reminders';
import { createBootingApp } from '../server/create-booting-app';
import { createHttpApp } from '../server/create-http-app';
import { listenHttp, type RunningHttpServer } from '../server/http-server';
import { bootCore, closeCore, type AppCore, type BootCoreOptions } from './boot-core';
import { buildReminders } from './build-reminders';
import { writeEndpointsFile } from './embedded-endpoints-file';
import { createShutdown, SHUTDOWN_MAX_WAIT_MS } from './graceful-shutdown';
import { AWS_BOOT_RETRY, EMBEDDED_BOOT_RETRY, retryBoot } from './retry-boot';
import { createTelegramCommandStores } from './telegram-command-stores';
import { createTelegramRuntime, type TelegramRuntime } from './telegram-runtime';

/**
 * External id of the one local user `/chat` speaks for.
 * TODO: /chat borrows the `telegram` identity provider with an id no Telegram user can have
 * (Telegram ids are numeric), because the identity store knows only that provider; meanwhile
 * the chat user is a normal user with its own data, which is safe as it cannot collide.
 */
export const CHAT_API_EXTERNAL_ID = 'http-chat-user';

/** What {@link startApp} needs: the config, logger, redaction list, and optional clock/ids. */
export type StartAppOptions = BootCoreOptions;

/** A running app. */
export interface RunningApp {
  readonly url: string;
  readonly port: number;
  /** Resolves once every route is served; rejects when the boot gave up (exit 1 then). */
  readonly ready: Promise<void>;
  /** Graceful stop in any phase: refuse new work, finish turns in flight, release everything. */
  stop(): Promise<void>;
}

/**
 * The composition root: the only place that builds SDK clients, the clock and the id
 * generator. Steps: listen at once with a booting app (so /health answers while dependencies
 * come up), boot the core with retries (aws) or once (embedded), build the Telegram runtime
 * when a token is configured, swap in the full app, start polling when configured, and write
 * the embedded endpoints file.
 *
 * @throws Error only when the address cannot be bound; later failures reject `ready`.
 */
export async function startApp(options: StartAppOptions): Promise<RunningApp> {
  const http = await listenHttp(createBootingApp(), options.config.server);
  const abort = new AbortController();
  const phase: { stopServing: (() => Promise<void>) | null } = { stopServing: null };
  const ready = bootAndServe(options, http, abort.signal).then((stopServing) => {
    phase.stopServing = stopServing;
  });
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async (): Promise<void> => {
      abort.abort();
      await settleWithin(ready, SHUTDOWN_MAX_WAIT_MS);
      await (phase.stopServing?.() ?? http.close(SHUTDOWN_MAX_WAIT_MS));
    })();
    return stopping;
  };
  return { url: http.url, port: http.port, ready, stop };
}

async function bootAndServe(
  options: StartAppOptions,
  http: RunningHttpServer,
  signal: AbortSignal,
): Promise<() => Promise<void>> {
  const { config, logger } = options;
  const policy = config.mode === 'aws' ? AWS_BOOT_RETRY : EMBEDDED_BOOT_RETRY;
  const core = await retryBoot(() => bootCore(options), { policy, logger, signal });
  try {
    signal.throwIfAborted();
    const reminders = buildReminders(core, options);
    const telegram = buildTelegram(core, options, reminders);
    const draining = { value: false };
    http.serve(
      createHttpApp({
        logger,
        webhook:
          telegram === null
            ? null
            : { secret: core.secrets.webhookSecret, intake: telegram.intake },
        chat: {
          turns: core.turns,
          chatUserId: chatUserOf(core),
          prescriptions: reminders?.prescriptions ?? core.stores.prescriptions,
          apiKey: core.secrets.chatApiKey,
        },
        isDraining: () => draining.value,
      }),
    );
    const polling = startPollingIfConfigured(telegram, config, logger);
    await announce(core, config, http, logger);
    reminders?.dispatcher.start();
    const closers = [(): Promise<void> => closeCore(core)];
    return createShutdown({
      logger,
      draining,
      http,
      queue: telegram?.queue ?? null,
      polling,
      background: reminders === null ? [] : [() => reminders.dispatcher.stop()],
      closers,
    });
  } catch (error) {
    await closeCore(core);
    throw error;
  }
}

async function settleWithin(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([promise.then(noop, noop), timeout]);
  clearTimeout(timer);
}

function noop(): void {
  // Only that the promise settled matters here; its outcome is reported by `ready`.
}

function buildTelegram(
  core: AppCore,
  options: StartAppOptions,
  reminders: Reminders | null,
): TelegramRuntime | null {
  const { config, logger } = options;
  if (core.secrets.botToken === null) return null;
  return createTelegramRuntime({
    token: core.secrets.botToken,
    apiRoot: config.telegram.apiRoot,
    logger,
    identities: core.stores.identities,
    prescriptions: reminders?.prescriptions ?? core.stores.prescriptions,
    claims: core.stores.claims,
    turns: core.turns,
    chatRef: createChatRef(core.secrets.webhookSecret),
    commands: createTelegramCommandStores(core, options),
    ...(reminders === null ? {} : { doseAnswers: reminders.doseAnswers }),
  });
}

function chatUserOf(core: AppCore): () => Promise<string> {
  return async () =>
    (await core.stores.identities.resolveUser('telegram', CHAT_API_EXTERNAL_ID)).userId;
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
  core: AppCore,
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
