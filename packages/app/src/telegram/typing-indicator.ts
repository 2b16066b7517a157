import type { Logger } from '../logging/logger';

/** Telegram shows "typing…" for about 5 s, so it is refreshed a little sooner. */
export const TYPING_REFRESH_MS = 4000;

/**
 * Shows "typing…" in a chat while `work` runs: one `sendChatAction` at once, then every
 * `refreshMs` until `work` settles. A failed chat action is logged at debug and never fails
 * the work; the indicator is never awaited, so a slow Bot API cannot slow a turn.
 */
export async function withTypingIndicator<T>(
  sendTyping: () => Promise<unknown>,
  work: () => Promise<T>,
  options: { readonly logger: Logger; readonly refreshMs?: number },
): Promise<T> {
  const ping = (): void => {
    sendTyping().catch((error: unknown) => {
      options.logger.debug('typing indicator failed', { err: error });
    });
  };
  ping();
  const timer = setInterval(ping, options.refreshMs ?? TYPING_REFRESH_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
