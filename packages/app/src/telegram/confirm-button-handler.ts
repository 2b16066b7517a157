import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import { BOT_REPLIES } from './bot-replies';
import { confirmationText } from './confirmation-text';
import { confirmedPrescriptionId } from './reply-keyboard';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** What {@link handleConfirmButton} needs. */
export interface ConfirmButtonDeps {
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'confirm'>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * Handles an inline-button press. The query is answered at once (so the button stops
 * spinning); `rx:confirm:<id>` then confirms that draft for the user behind the sender's
 * Telegram id, removes the button and sends the confirmation. Unknown data, or a draft that
 * expired or belongs to someone else, gets a plain message saying so.
 *
 * @throws the identity store's, the prescription store's and the Bot API's errors.
 */
export async function handleConfirmButton(ctx: Context, deps: ConfirmButtonDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'confirm';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = ctx.chat?.id ?? query.from.id;

  await ctx.answerCallbackQuery();

  const prescriptionId = confirmedPrescriptionId(query.data ?? '');
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  const confirmed =
    prescriptionId === null ? null : await deps.prescriptions.confirm(userId, prescriptionId);
  if (confirmed === null) {
    await sendHtmlReply(ctx.api, chatId, BOT_REPLIES.expiredButton, { report });
    report.outcome = 'expired';
    return;
  }

  await removeButtons(ctx, deps.logger);
  await sendHtmlReply(ctx.api, chatId, confirmationText(confirmed), { report });
  report.outcome = 'confirmed';
}

async function removeButtons(ctx: Context, logger: Logger): Promise<void> {
  if (ctx.callbackQuery?.message === undefined) return;
  try {
    await ctx.editMessageReplyMarkup({ reply_markup: { inline_keyboard: [] } });
  } catch (error) {
    // The prescription is saved either way; a button left behind only confirms it again.
    logger.warn('confirm button not removed', { err: error });
  }
}
