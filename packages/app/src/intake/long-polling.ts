import type { Logger } from '../logging/logger';
import { TelegramApiError } from '../telegram/telegram-errors';
import { parseTelegramUpdate } from '../telegram/telegram-update-schema';
import type { UpdateIntake } from './update-intake';

/** Seconds Telegram holds a `getUpdates` call open when there is nothing new. */
export const POLL_TIMEOUT_SECONDS = 25;

/** Wait after a failed poll before the next, in ms. */
export const POLL_RETRY_DELAY_MS = 5000;

/** The one Bot API call polling needs; grammY's `bot.api.getUpdates` fits. */
export type GetUpdates = (
  params: { offset: number; timeout: number; allowed_updates: ('message' | 'callback_query')[] },
  signal: AbortSignal,
) => Promise<readonly unknown[]>;

/** A running poll loop. */
export interface LongPolling {
  /** Stops asking for updates; resolves when the current call has ended. */
  stop(): Promise<void>;
}

/**
 * Long-polls `getUpdates` (for local use without a public URL) and hands every update to the
 * same intake as the webhook, so claims, ordering and the queue behave identically. The offset
 * moves past each update once the intake has it; a `busy` update is asked for again.
 */
export function startLongPolling(options: {
  readonly getUpdates: GetUpdates;
  readonly intake: UpdateIntake;
  readonly logger: Logger;
  readonly retryDelayMs?: number;
}): LongPolling {
  const controller = new AbortController();
  const loop = pollUntilStopped(options, controller.signal);
  options.logger.info('telegram long polling started');
  return {
    stop: async (): Promise<void> => {
      controller.abort();
      await loop;
    },
  };
}

async function pollUntilStopped(
  options: Parameters<typeof startLongPolling>[0],
  signal: AbortSignal,
): Promise<void> {
  let offset = 0;
  let failing = false;
  while (!signal.aborted) {
    try {
      const updates = await options.getUpdates(
        { offset, timeout: POLL_TIMEOUT_SECONDS, allowed_updates: ['message', 'callback_query'] },
        signal,
      );
      if (failing) options.logger.info('telegram polling recovered');
      failing = false;
      offset = await acceptAll(updates, offset, options);
    } catch (error) {
      if (signal.aborted) break;
      // A streak of failures is one problem: warn once, not every few seconds.
      if (!failing) warnPollFailure(error, options.logger);
      failing = true;
      await delay(options.retryDelayMs ?? POLL_RETRY_DELAY_MS, signal);
    }
  }
}

function warnPollFailure(error: unknown, logger: Logger): void {
  if (error instanceof TelegramApiError && error.errorCode === 409) {
    logger.warn('telegram poll conflict', {
      hint: 'a webhook is set or another process polls this bot; remove the webhook (deleteWebhook) or set TELEGRAM_UPDATE_MODE=webhook',
    });
    return;
  }
  logger.warn('telegram poll failed', { err: error });
}

async function acceptAll(
  updates: readonly unknown[],
  offset: number,
  options: Parameters<typeof startLongPolling>[0],
): Promise<number> {
  let next = offset;
  for (const raw of updates) {
    const parsed = parseTelegramUpdate(raw);
    if (!parsed.ok) {
      options.logger.warn('polled update invalid', { problem: parsed.problem });
      continue;
    }
    const outcome = await options.intake.accept(parsed.update);
    if (outcome === 'busy') break;
    next = Math.max(next, parsed.update.update_id + 1);
  }
  return next;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}
