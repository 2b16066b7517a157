import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Context } from 'grammy';
import { confirmDraft, type ConfirmDraftOutcome } from '../intake/confirm-draft';
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
  readonly prescriptions: Pick<PrescriptionStore, 'get' | 'confirm'>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/** The answer shown on the pressed button when its prescription was saved before. */
export const ALREADY_SAVED_ANSWER = 'Already saved';

/**
 * Handles an inline-button press: `rx:confirm:<id>` confirms that draft for the user behind
 * the sender's Telegram id through the same path as `POST /chat/actions`, answers the query,
 * removes the button and sends the confirmation. A second press of a saved prescription only
 * answers the query with "Already saved" (no message). Unknown data, or a draft that expired or
 * belongs to someone else, gets a plain message saying so.
 *
 * @throws the identity store's, the prescription store's and the Bot API's errors.
 */
export async function handleConfirmButton(ctx: Context, deps: ConfirmButtonDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'confirm';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = ctx.chat?.id ?? query.from.id;

  const outcome = await pressConfirm(query.data ?? '', String(query.from.id), deps);
  if (outcome.kind === 'alreadySaved') {
    await ctx.answerCallbackQuery({ text: ALREADY_SAVED_ANSWER });
    await removeButtons(ctx, deps.logger);
    report.outcome = 'alreadySaved';
    return;
  }
  await ctx.answerCallbackQuery();
  if (outcome.kind === 'notFound') {
    await sendHtmlReply(ctx.api, chatId, BOT_REPLIES.expiredButton, { report });
    report.outcome = 'expired';
    return;
  }
  await removeButtons(ctx, deps.logger);
  await sendHtmlReply(ctx.api, chatId, confirmationText(outcome.prescription), { report });
  report.outcome = 'confirmed';
}

async function pressConfirm(
  data: string,
  telegramUserId: string,
  deps: ConfirmButtonDeps,
): Promise<ConfirmDraftOutcome> {
  const prescriptionId = confirmedPrescriptionId(data);
  if (prescriptionId === null) return { kind: 'notFound' };
  const { userId } = await deps.identities.resolveUser('telegram', telegramUserId);
  return confirmDraft(deps.prescriptions, userId, prescriptionId);
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
