import { Api } from 'grammy';
import { TELEGRAM_CALL_TIMEOUT_SECONDS } from '../telegram/create-telegram-bot';
import { nativeFetchBridge } from '../telegram/native-fetch-bridge';
import { TelegramApiError, TelegramUnreachableError } from '../telegram/telegram-errors';

/** Settings of {@link createReminderApi}. */
export interface ReminderApiOptions {
  /** The bot token; never logged. */
  readonly token: string;
  /** Bot API root, such as https://api.telegram.org or a fake on 127.0.0.1. */
  readonly apiRoot: string;
}

/**
 * A Bot API client for reminders only. Unlike the bot's client it never retries a 429 itself:
 * every failure becomes a {@link TelegramApiError} (429 with `retryAfterSeconds`, 403, 400…)
 * or a {@link TelegramUnreachableError} at once, so the reminder sender can pause the chat and
 * the bot in its limiter and keep to its claim deadline.
 */
export function createReminderApi(options: ReminderApiOptions): Api {
  const api = new Api(options.token, {
    apiRoot: options.apiRoot,
    timeoutSeconds: TELEGRAM_CALL_TIMEOUT_SECONDS,
    // See nativeFetchBridge for why grammY's node-fetch is bypassed.
    fetch: nativeFetchBridge,
  });
  api.config.use(async (prev, method, payload, signal) => {
    const response = await callOnce(() => prev(method, payload, signal), method);
    if (response.ok) return response;
    throw new TelegramApiError({
      method,
      errorCode: response.error_code,
      description: response.description,
      retryAfterSeconds: response.parameters?.retry_after ?? null,
    });
  });
  return api;
}

async function callOnce<T>(call: () => Promise<T>, method: string): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new TelegramUnreachableError(method, error);
  }
}
