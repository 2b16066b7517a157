import type { Api, InlineKeyboard } from 'grammy';
import type { TurnAction } from '../intake/turn-runner';
import { escapeHtml } from './escape-html';
import { replyKeyboard } from './reply-keyboard';
import { splitHtmlMessage } from './split-html-message';
import type { TurnReport } from './turn-report';

/** How a reply is sent: its buttons and the report that counts the messages. */
export interface ReplyOptions {
  /** Confirm buttons the agent asked for. Default none. */
  readonly actions?: readonly TurnAction[];
  /** A ready keyboard (command flows); replaces `actions` when given. Default none. */
  readonly keyboard?: InlineKeyboard;
  readonly report: TurnReport;
}

/**
 * Sends a reply in HTML parse mode, split under Telegram's limit, with the action buttons
 * under the last part. `html` must already be safe HTML; use {@link sendTextReply} for text.
 *
 * @throws TelegramApiError or TelegramUnreachableError from the Bot API.
 */
export async function sendHtmlReply(
  api: Api,
  chatId: number,
  html: string,
  options: ReplyOptions,
): Promise<void> {
  const parts = splitHtmlMessage(html);
  const keyboard = options.keyboard ?? replyKeyboard(options.actions ?? []);
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    await api.sendMessage(chatId, part, {
      parse_mode: 'HTML',
      link_preview_options: { is_disabled: true },
      ...(isLast && keyboard !== undefined ? { reply_markup: keyboard } : {}),
    });
    options.report.messagesSent += 1;
  }
}

/**
 * Sends plain text (such as the model's reply) escaped for HTML parse mode, so it can never
 * inject markup. Same splitting and buttons as {@link sendHtmlReply}.
 *
 * @throws TelegramApiError or TelegramUnreachableError from the Bot API.
 */
export async function sendTextReply(
  api: Api,
  chatId: number,
  text: string,
  options: ReplyOptions,
): Promise<void> {
  await sendHtmlReply(api, chatId, escapeHtml(text), options);
}
