import type { Context } from 'grammy';
import { InlineKeyboard } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import { COMMAND_REPLIES } from './command-replies';
import { removeInlineButtons } from './remove-inline-buttons';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** Callback data of the "Delete everything" button. */
export const FORGET_CONFIRM_DATA = 'forget:yes';
/** Callback data of the "Keep my data" button. */
export const FORGET_CANCEL_DATA = 'forget:no';

/** What the `/forget` flow needs. */
export interface ForgetDeps {
  readonly identities: IdentityResolver;
  /** Deletes everything of one internal user (identities, data, uploads). */
  readonly forgetUser: (userId: string) => Promise<void>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * `/forget`: asks first, with "Delete everything" and "Keep my data" buttons. Nothing is
 * deleted by the command itself.
 *
 * @throws the Bot API's errors.
 */
export async function handleForgetCommand(ctx: Context, deps: ForgetDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'forget';
  const chatId = ctx.chat?.id;
  if (chatId === undefined) return;
  const keyboard = InlineKeyboard.from([
    [InlineKeyboard.text('Delete everything', FORGET_CONFIRM_DATA)],
    [InlineKeyboard.text('Keep my data', FORGET_CANCEL_DATA)],
  ]);
  await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.forgetAsk, { report, keyboard });
  report.outcome = 'replied';
}

/**
 * The `/forget` buttons. "Delete everything" deletes the data of the user behind the presser's
 * Telegram id, and only when the button sits in the presser's own private chat (a private chat's
 * id is its user's id), then confirms; "Keep my data" deletes nothing.
 *
 * @throws the storage's errors (running it again continues) and the Bot API's errors.
 */
export async function handleForgetButton(ctx: Context, deps: ForgetDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'forgetButton';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = query.message?.chat.id ?? query.from.id;
  await ctx.answerCallbackQuery();
  await removeInlineButtons(ctx, deps.logger);

  if (query.data !== FORGET_CONFIRM_DATA || chatId !== query.from.id) {
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.forgetKept, { report });
    report.outcome = 'replied';
    return;
  }
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  await deps.forgetUser(userId);
  await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.forgetDone, { report });
  report.outcome = 'confirmed';
}
