import type { Api, InlineKeyboard } from 'grammy';
import { TelegramApiError, TelegramUnreachableError } from '../telegram/telegram-errors';
import type { SendLimiter } from './send-limiter';

/** 429 answers retried per reminder before it is deferred to a later tick. */
export const MAX_RATE_LIMITED_RETRIES = 3;

/** How one reminder send ended. */
export type SendOutcome =
  | { readonly kind: 'sent'; readonly messageId: number }
  /** 403: the user blocked the bot. */
  | { readonly kind: 'blocked' }
  /** Not sent: no slot before the deadline, shutdown, or still rate limited; retry later. */
  | { readonly kind: 'deferred' }
  /** Not sent (or unknown): Telegram refused it or could not be reached. */
  | { readonly kind: 'failed'; readonly errorCode: number | null };

/** One reminder to send. */
export interface ReminderToSend {
  readonly chatId: number;
  readonly html: string;
  readonly keyboard: InlineKeyboard;
  /** Epoch ms; no send starts after it (the claim must still be live when the send ends). */
  readonly deadlineMs: number;
  readonly signal?: AbortSignal;
}

/**
 * Sends reminders through the limiter and turns Telegram's answers into outcomes: a 429 pauses
 * the chat and the bot for `retry_after` and retries (up to {@link MAX_RATE_LIMITED_RETRIES}),
 * a 403 means blocked, other errors are failures. The api must not retry 429s itself (see
 * `createReminderApi`).
 */
export class ReminderSender {
  /**
   * @param api - A Bot API client whose errors are translated (TelegramApiError and friends).
   * @param limiter - The send limiter shared by every reminder of this task.
   */
  constructor(
    private readonly api: Pick<Api, 'sendMessage'>,
    private readonly limiter: SendLimiter,
  ) {}

  /**
   * Sends one reminder.
   *
   * @throws Error only for bugs (anything that is not a Telegram error).
   */
  async send(reminder: ReminderToSend): Promise<SendOutcome> {
    for (let attempt = 0; attempt <= MAX_RATE_LIMITED_RETRIES; attempt += 1) {
      const slot = await this.limiter.acquire(
        reminder.chatId,
        reminder.deadlineMs,
        reminder.signal,
      );
      if (!slot) return { kind: 'deferred' };
      const outcome = await this.sendOnce(reminder);
      if (outcome !== 'rateLimited') return outcome;
    }
    return { kind: 'deferred' };
  }

  private async sendOnce(reminder: ReminderToSend): Promise<SendOutcome | 'rateLimited'> {
    try {
      const message = await this.api.sendMessage(reminder.chatId, reminder.html, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        reply_markup: reminder.keyboard,
      });
      return { kind: 'sent', messageId: message.message_id };
    } catch (error) {
      return this.outcomeOf(error, reminder.chatId);
    }
  }

  private outcomeOf(error: unknown, chatId: number): SendOutcome | 'rateLimited' {
    if (error instanceof TelegramUnreachableError) return { kind: 'failed', errorCode: null };
    if (!(error instanceof TelegramApiError)) throw error;
    if (error.errorCode === 403) return { kind: 'blocked' };
    if (error.errorCode === 429) {
      this.limiter.pause(chatId, (error.retryAfterSeconds ?? 1) * 1000);
      return 'rateLimited';
    }
    return { kind: 'failed', errorCode: error.errorCode };
  }
}
