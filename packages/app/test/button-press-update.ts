import { z } from 'zod';
import type { RecordedTelegramCall } from '../src/testing/fake-telegram-api';

/** Who pressed a button and which bot had sent the message under it. */
export interface ButtonPress {
  readonly updateId: number;
  /** Telegram's id of the press, which the bot answers with `answerCallbackQuery`. */
  readonly callbackQueryId: string;
  /** The Telegram user pressing, in a private chat with the bot. */
  readonly from: { readonly id: number; readonly first_name: string };
  /** The bot's user id: the digits before the colon of its token. */
  readonly botId: number;
}

const sentMessageSchema = z.object({ message_id: z.number() });

/**
 * The `callback_query` update Telegram posts when `press.from` presses the button carrying
 * `data` under the message the bot sent in `reply` (the fake Bot API's recorded call).
 *
 * @throws ZodError when `reply` has no `message_id` in its result (it was not answered yet).
 */
export function buttonPressUpdate(
  press: ButtonPress,
  reply: RecordedTelegramCall,
  data: string,
): Record<string, unknown> {
  const sent = sentMessageSchema.parse(reply.result);
  return {
    update_id: press.updateId,
    callback_query: {
      id: press.callbackQueryId,
      from: press.from,
      message: {
        message_id: sent.message_id,
        from: {
          id: press.botId,
          is_bot: true,
          first_name: 'Ctrl-Alt-Heal',
          username: 'ctrl_alt_heal_bot',
        },
        chat: { id: press.from.id, first_name: press.from.first_name, type: 'private' },
        date: 1_767_225_601,
        text: String(reply.payload.text),
        reply_markup: reply.payload.reply_markup,
      },
      chat_instance: '-5318008123456789',
      data,
    },
  };
}
