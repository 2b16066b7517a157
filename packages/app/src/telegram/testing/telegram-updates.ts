import { z } from 'zod';
import type { RecordedTelegramCall } from '../../testing/fake-telegram-api';

/** A Telegram user as updates carry it. */
export interface TestSender {
  readonly id: number;
  readonly is_bot: false;
  readonly first_name: string;
  readonly language_code?: string;
}

/** The default sender of test updates. */
export const PATIENT: TestSender = { id: 600_100, is_bot: false, first_name: 'Ada' };

/** A private-chat message update with the given fields (text, document, location…). */
export function messageUpdate(
  updateId: number,
  fields: Record<string, unknown>,
  from: TestSender = PATIENT,
): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      from,
      chat: { id: from.id, first_name: from.first_name, type: 'private' },
      date: 1_772_442_000,
      ...fields,
    },
  };
}

/** A press of the button with `data` under the bot message `reply`, by `from`. */
export function buttonUpdate(
  updateId: number,
  reply: RecordedTelegramCall,
  data: string,
  from: TestSender = PATIENT,
): Record<string, unknown> {
  const chatId = Number(reply.payload.chat_id);
  return {
    update_id: updateId,
    callback_query: {
      id: `cq-${updateId}`,
      from,
      chat_instance: '-4242',
      data,
      message: {
        message_id: 77,
        date: 1_772_442_001,
        chat: { id: chatId, type: 'private' },
        text: String(reply.payload.text),
      },
    },
  };
}

const keyboardSchema = z.object({
  inline_keyboard: z.array(z.array(z.object({ text: z.string(), callback_data: z.string() }))),
});

function buttonsOf(
  call: RecordedTelegramCall | undefined,
): { text: string; callback_data: string }[] {
  const parsed = keyboardSchema.safeParse(call?.payload.reply_markup);
  return parsed.success ? parsed.data.inline_keyboard.flat() : [];
}

/** The callback data of every inline button of a sent message, in order. */
export function buttonData(call: RecordedTelegramCall | undefined): string[] {
  return buttonsOf(call).map((button) => button.callback_data);
}

/** The texts of every inline button of a sent message, in order. */
export function buttonTexts(call: RecordedTelegramCall | undefined): string[] {
  return buttonsOf(call).map((button) => button.text);
}
