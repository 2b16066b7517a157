import type { Update } from 'grammy/types';
import { z } from 'zod';

const id = z.number().int();

const userSchema = z.looseObject({
  id,
  is_bot: z.boolean(),
  first_name: z.string(),
  language_code: z.string().optional(),
});

const chatSchema = z.looseObject({
  id,
  type: z.enum(['private', 'group', 'supergroup', 'channel']),
});

const messageSchema = z.looseObject({
  message_id: id,
  date: id,
  chat: chatSchema,
  from: userSchema.optional(),
  text: z.string().optional(),
});

const callbackQuerySchema = z.looseObject({
  id: z.string().min(1),
  from: userSchema,
  chat_instance: z.string(),
  message: z.looseObject({ message_id: id, date: id, chat: chatSchema }).optional(),
  data: z.string().optional(),
});

/**
 * A Telegram update as the Bot API sends it, checked where we read it: the update id, and for
 * messages and button presses the sender, the chat and the text or data. Fields we do not read
 * are kept as they came (loose objects) so grammY sees the whole update.
 */
export const telegramUpdateSchema = z.looseObject({
  update_id: id.nonnegative(),
  message: messageSchema.optional(),
  edited_message: messageSchema.optional(),
  callback_query: callbackQuerySchema.optional(),
});

/** A parsed Telegram update. */
export type TelegramUpdate = z.infer<typeof telegramUpdateSchema>;

/** The result of {@link parseTelegramUpdate}: the update, or why it was refused. */
export type ParsedUpdate =
  | { readonly ok: true; readonly update: TelegramUpdate }
  | { readonly ok: false; readonly problem: string };

/**
 * Checks an update body. The problem names the first bad field by path and never echoes a
 * value (the body holds the patient's message).
 */
export function parseTelegramUpdate(body: unknown): ParsedUpdate {
  const result = telegramUpdateSchema.safeParse(body);
  if (result.success) return { ok: true, update: result.data };
  const issue = result.error.issues[0];
  const path = issue === undefined || issue.path.length === 0 ? 'body' : issue.path.join('.');
  return { ok: false, problem: `${path}: ${issue?.message ?? 'invalid'}` };
}

/**
 * The key that orders this update's turn: the chat it came from, or the sender for updates
 * without a chat. Updates with the same key run one after another.
 */
export function updateOrderingKey(update: TelegramUpdate): string {
  const chatId =
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id;
  if (chatId !== undefined) return `chat:${chatId}`;
  const fromId = update.callback_query?.from.id;
  return fromId === undefined ? `update:${update.update_id}` : `user:${fromId}`;
}

/**
 * The update in grammY's type. The schema above checked every field our handlers read and kept
 * the rest unchanged, which is the one reason this cast is sound.
 */
export function toGrammyUpdate(update: TelegramUpdate): Update {
  return update as unknown as Update;
}
