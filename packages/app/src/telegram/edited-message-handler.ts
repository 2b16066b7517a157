import type { Context } from 'grammy';
import { sendTextReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** The note sent once per edited message. */
export const EDITED_MESSAGE_REPLY =
  'I saw you edited a message. I only read new messages, so please send the corrected instruction as a new message.';

/** Edited messages remembered before the oldest is forgotten. */
export const DEFAULT_MAX_REMEMBERED_EDITS = 10_000;

/**
 * Which edited messages were already answered, so a message edited three times gets one note.
 * Bounded: beyond the limit the oldest entries are forgotten.
 * TODO: the memory is per process; after a restart (or on another task) a further edit of the
 * same message gets the note again. That is safe: the note is harmless and no turn runs.
 */
export class EditedMessageNotes {
  private readonly seen = new Set<string>();

  /** @param max - Most messages remembered. Default {@link DEFAULT_MAX_REMEMBERED_EDITS}. */
  constructor(private readonly max: number = DEFAULT_MAX_REMEMBERED_EDITS) {}

  /** True the first time this message of this chat is seen; false after. */
  firstTime(chatId: number, messageId: number): boolean {
    const key = `${chatId}:${messageId}`;
    if (this.seen.has(key)) return false;
    this.seen.add(key);
    if (this.seen.size > this.max) {
      const oldest = this.seen.values().next();
      if (oldest.done !== true) this.seen.delete(oldest.value);
    }
    return true;
  }
}

/** What {@link handleEditedMessage} needs. */
export interface EditedMessageDeps {
  readonly reports: TurnReports;
  readonly editedNotes: EditedMessageNotes;
}

/**
 * Answers an edited message in a private chat with {@link EDITED_MESSAGE_REPLY}, once per
 * message, and never re-runs the earlier turn (nothing is read or stored from the edit).
 *
 * @throws TelegramApiError or TelegramUnreachableError from the Bot API.
 */
export async function handleEditedMessage(ctx: Context, deps: EditedMessageDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'edited';
  const edited = ctx.editedMessage;
  if (edited === undefined || !deps.editedNotes.firstTime(edited.chat.id, edited.message_id)) {
    report.outcome = 'ignored';
    return;
  }
  await sendTextReply(ctx.api, edited.chat.id, EDITED_MESSAGE_REPLY, { report });
  report.outcome = 'replied';
}
