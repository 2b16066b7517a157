import type { AppConfig, TelegramUpdateMode } from '../config/app-config';
import { ENV } from '../config/env-names';
import { findRepoRoot } from '../config/find-repo-root';
import { parseConfig } from '../config/parse-config';
import { createJsonLogger } from '../logging/json-logger';
import type { Logger } from '../logging/logger';
import { RedactionList } from '../logging/redaction-list';
import { watchLaunchers } from './launcher-watch';
import { listenFailureMessage } from './listen-failure';
import { stopOnSignals } from './signal-shutdown';
import { startApp, type RunningApp } from './start-app';

/** `service` field of every log line. */
export const SERVICE_NAME = 'ctrl-alt-heal';

/** How an entry point differs: the default update mode and whether to greet a developer. */
export interface EntryOptions {
  /** Folder the entry file lives in, to find the repository root (embedded data folder). */
  readonly entryDir: string;
  /** Update mode when `TELEGRAM_UPDATE_MODE` is unset and a token is given. */
  readonly defaultUpdateMode: TelegramUpdateMode;
  /** Log how to try the app with curl once it listens (the local entry). */
  readonly greet: boolean;
  /**
   * Shut down gracefully when a launcher (npm, pnpm, tsx) exits: `kill -TERM <npm pid>` ends
   * npm without passing the signal on (the local entry). @defaultValue false
   */
  readonly stopWithLaunchers?: boolean;
}

/**
 * Runs an entry point: parse config (exit 1 with the named problems if bad), build the logger
 * with redaction, start the app, and stop it gracefully on SIGTERM or SIGINT (a second signal
 * is logged and the drain goes on, a third forces exit 1), exiting 0. A port in use is one
 * clear line and exit 1. Every failure is logged once here; nothing is printed outside the
 * logger.
 */
export async function runEntry(options: EntryOptions): Promise<void> {
  const redaction = new RedactionList();
  const bootLogger = createJsonLogger({ service: SERVICE_NAME, redaction });
  const config = readConfig(options, bootLogger);
  if (config === null) return;

  const logger = createJsonLogger({ service: SERVICE_NAME, level: config.logLevel, redaction });
  let app: RunningApp;
  try {
    app = await startApp({ config, logger, redaction });
  } catch (error) {
    const message = listenFailureMessage(error, config.server.port);
    if (message === null) logger.error('app failed to listen', { err: error });
    else logger.error(message, { port: config.server.port });
    process.exitCode = 1;
    return;
  }

  const shutdown = stopOnSignals({ stop: () => app.stop(), logger });
  if (options.stopWithLaunchers === true) {
    watchLaunchers({
      onGone: (pid) => {
        logger.info('launcher exited, shutting down', { pid });
        shutdown.begin();
      },
    });
  }
  app.ready.then(
    () => {
      if (options.greet) greet(app, logger);
    },
    (error: unknown) => exitAfterFailedBoot(app, logger, error),
  );
}

function exitAfterFailedBoot(app: RunningApp, logger: Logger, error: unknown): void {
  logger.error('app failed to start', { err: error });
  const exit = (): never => process.exit(1);
  app.stop().then(exit, exit);
}

function readConfig(options: EntryOptions, logger: Logger): AppConfig | null {
  try {
    return parseConfig(process.env, {
      repoRoot: findRepoRoot(options.entryDir, process.cwd()),
      defaultUpdateMode: process.env[ENV.telegramBotToken] ? options.defaultUpdateMode : 'webhook',
    });
  } catch (error) {
    logger.error('invalid configuration', { err: error });
    process.exitCode = 1;
    return null;
  }
}

function greet(app: RunningApp, logger: Logger): void {
  logger.info('try it', {
    chat: `curl -s -X POST ${app.url}/chat -H 'content-type: application/json' -d '{"prompt":"help"}'`,
    health: `curl -s ${app.url}/health`,
    stop: 'press Ctrl+C',
  });
}
