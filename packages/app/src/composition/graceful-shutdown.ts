import type { ChatSerialQueue } from '../intake/chat-serial-queue';
import type { LongPolling } from '../intake/long-polling';
import type { Logger } from '../logging/logger';
import type { RunningHttpServer } from '../server/http-server';

/**
 * Longest wait for requests and turns in flight at shutdown, in ms. It stays under the ECS
 * stop timeout and the ALB deregistration delay that infra sets, so a turn that is finishing
 * is never cut by SIGKILL.
 */
export const SHUTDOWN_MAX_WAIT_MS = 25_000;

/** The parts a shutdown stops, in order. */
export interface ShutdownParts {
  readonly logger: Logger;
  /** Flipped first: work-taking routes answer 503 from then on. */
  readonly draining: { value: boolean };
  readonly http: RunningHttpServer;
  readonly queue: ChatSerialQueue | null;
  readonly polling: LongPolling | null;
  /**
   * Background work stopped alongside the drain (the reminder dispatcher: sends in flight
   * finish, unsent claims are released). @defaultValue none
   */
  readonly background?: readonly (() => Promise<void>)[];
  /** Released last, in order (clients, embedded servers). */
  readonly closers: readonly (() => Promise<void> | void)[];
  /** Wait limit in ms. Default {@link SHUTDOWN_MAX_WAIT_MS}. */
  readonly maxWaitMs?: number;
}

/**
 * Returns the app's stop function: stop taking work (503s, queue closed, polling stopped, no
 * new connections), wait for requests and queued turns up to the limit, then release clients
 * and embedded servers. Calling it again returns the same promise.
 */
export function createShutdown(parts: ShutdownParts): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  return () => {
    stopping ??= shutDown(parts);
    return stopping;
  };
}

async function shutDown(parts: ShutdownParts): Promise<void> {
  const { logger } = parts;
  const maxWaitMs = parts.maxWaitMs ?? SHUTDOWN_MAX_WAIT_MS;
  logger.info('shutdown started', { pendingTurns: parts.queue?.pending ?? 0 });

  parts.draining.value = true;
  parts.queue?.close();
  await parts.polling?.stop();

  const [, drain] = await Promise.all([
    parts.http.close(maxWaitMs),
    parts.queue?.drain(maxWaitMs) ?? Promise.resolve('drained' as const),
    ...(parts.background ?? []).map((stop) => stopQuietly(stop, logger)),
  ]);
  if (drain === 'timedOut') {
    logger.warn('shutdown cut turns in flight', { pendingTurns: parts.queue?.pending ?? 0 });
  }

  await releaseAll(parts.closers, logger);
  logger.info('shutdown finished', { drained: drain === 'drained' });
}

async function releaseAll(
  closers: readonly (() => Promise<void> | void)[],
  logger: Logger,
): Promise<void> {
  for (const close of closers) {
    try {
      await close();
    } catch (error) {
      // Exiting anyway: a resource that fails to close must not block the others.
      logger.warn('resource not released at shutdown', { err: error });
    }
  }
}

async function stopQuietly(stop: () => Promise<void>, logger: Logger): Promise<void> {
  try {
    await stop();
  } catch (error) {
    // Shutting down anyway: claims left behind expire and another task retries them.
    logger.warn('background work not stopped cleanly', { err: error });
  }
}
