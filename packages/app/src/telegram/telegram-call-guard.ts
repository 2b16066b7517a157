import type { Transformer } from 'grammy';
import type { Logger } from '../logging/logger';
import { TelegramApiError, TelegramUnreachableError } from './telegram-errors';

/** Retries after a 429 before the call fails. */
export const MAX_RATE_LIMIT_RETRIES = 2;

/** A 429 asking to wait longer than this (seconds) is not retried: the turn would stall. */
export const MAX_RETRY_AFTER_SECONDS = 30;

/** Settings of {@link createTelegramCallGuard}. */
export interface TelegramCallGuardOptions {
  readonly logger: Logger;
  /** Waits `ms` milliseconds. Default: a timer. Tests pass a fake. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * A grammY API transformer that is the adapter's one translation point: a 429 is retried after
 * its `retry_after` (up to 2 times, waits up to 30 s), any other `ok: false` answer becomes a
 * {@link TelegramApiError}, and a network failure becomes a {@link TelegramUnreachableError}.
 * Nothing above the adapter reads grammY's errors.
 */
export function createTelegramCallGuard(options: TelegramCallGuardOptions): Transformer {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  return async (prev, method, payload, signal) => {
    for (let attempt = 0; ; attempt += 1) {
      const response = await callOnce(() => prev(method, payload, signal), method);
      if (response.ok) return response;
      const error = new TelegramApiError({
        method,
        errorCode: response.error_code,
        description: response.description,
        retryAfterSeconds: response.parameters?.retry_after ?? null,
      });
      if (!isRetryable(error, attempt)) throw error;
      options.logger.warn('telegram rate limited', {
        method,
        retryAfterSeconds: error.retryAfterSeconds,
        attempt: attempt + 1,
      });
      await sleep((error.retryAfterSeconds ?? 1) * 1000);
    }
  };
}

async function callOnce<T>(call: () => Promise<T>, method: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new TelegramUnreachableError(method, error);
  }
}

function isRetryable(error: TelegramApiError, attempt: number): boolean {
  return (
    error.errorCode === 429 &&
    attempt < MAX_RATE_LIMIT_RETRIES &&
    (error.retryAfterSeconds ?? 1) <= MAX_RETRY_AFTER_SECONDS
  );
}
