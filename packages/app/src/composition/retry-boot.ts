import type { Logger } from '../logging/logger';

/** How often and how patiently a boot is retried. */
export interface BootRetryPolicy {
  /** Attempts in all, at least 1. */
  readonly attempts: number;
  /** Wait before the second attempt, in ms; doubled each time up to `maxDelayMs`. */
  readonly firstDelayMs: number;
  readonly maxDelayMs: number;
}

/**
 * Deployed: 8 attempts over about 2.5 minutes, so a brief Secrets Manager or network outage at
 * start heals itself while /health stays up; after that the process exits 1 and ECS replaces the
 * task (which lets the deployment circuit breaker catch a bad secret id).
 */
export const AWS_BOOT_RETRY: BootRetryPolicy = {
  attempts: 8,
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
};

/** Local: fail at once with the reason (a locked data folder will not free itself). */
export const EMBEDDED_BOOT_RETRY: BootRetryPolicy = { attempts: 1, firstDelayMs: 0, maxDelayMs: 0 };

/**
 * Runs `boot` until it succeeds, the attempts run out, or `signal` aborts (a shutdown). Each
 * failure but the last is logged as a warning with the next delay.
 *
 * @throws the last failure, or the abort reason when stopped while waiting.
 */
export async function retryBoot<T>(
  boot: () => Promise<T>,
  options: {
    readonly policy: BootRetryPolicy;
    readonly logger: Logger;
    readonly signal: AbortSignal;
  },
): Promise<T> {
  let delayMs = options.policy.firstDelayMs;
  for (let attempt = 1; ; attempt += 1) {
    options.signal.throwIfAborted();
    try {
      return await boot();
    } catch (error) {
      if (attempt >= options.policy.attempts || options.signal.aborted) throw error;
      options.logger.warn('app boot failed, retrying', { attempt, retryInMs: delayMs, err: error });
      await waitUnlessAborted(delayMs, options.signal);
      delayMs = Math.min(delayMs * 2, options.policy.maxDelayMs);
    }
  }
}

function waitUnlessAborted(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
