import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import { BOT_REPLIES } from './bot-replies';
import { COMMAND_REPLIES } from './command-replies';
import { confirmationText } from './confirmation-text';
import { importDraftId, parseImportBatchData } from './import-batch-buttons';
import { removeInlineButtons } from './remove-inline-buttons';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** What {@link handleImportBatchButton} needs. */
export interface ImportBatchButtonDeps {
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'confirm'>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * Handles the "Confirm all" and Cancel buttons of an imported bundle. Confirm all confirms the
 * batch's drafts (`<batch>-1` … `<batch>-<count>`) for the user behind the presser's Telegram
 * id only, and lists what was saved; drafts that expired or are not this user's are skipped.
 * Cancel saves nothing (the drafts expire on their own). Both remove the buttons.
 *
 * @throws the identity store's, the prescription store's and the Bot API's errors.
 */
export async function handleImportBatchButton(
  ctx: Context,
  deps: ImportBatchButtonDeps,
): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'importBatch';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = ctx.chat?.id ?? query.from.id;
  await ctx.answerCallbackQuery();

  const choice = parseImportBatchData(query.data ?? '');
  if (choice?.kind === 'cancel') {
    await removeInlineButtons(ctx, deps.logger);
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.importCancelled, { report });
    report.outcome = 'replied';
    return;
  }
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  const confirmed = choice === null ? [] : await confirmBatch(userId, choice, deps);
  if (confirmed.length === 0) {
    await sendHtmlReply(ctx.api, chatId, BOT_REPLIES.expiredButton, { report });
    report.outcome = 'expired';
    return;
  }
  await removeInlineButtons(ctx, deps.logger);
  const html = [...confirmed.map(confirmationText), COMMAND_REPLIES.importSaved].join('\n\n');
  await sendHtmlReply(ctx.api, chatId, html, { report });
  report.outcome = 'confirmed';
}

async function confirmBatch(
  userId: string,
  choice: { readonly batchId: string; readonly count: number },
  deps: Pick<ImportBatchButtonDeps, 'prescriptions'>,
): Promise<Prescription[]> {
  const confirmed: Prescription[] = [];
  for (let index = 0; index < choice.count; index += 1) {
    const id = importDraftId(choice.batchId, index);
    const prescription = await deps.prescriptions.confirm(userId, id);
    if (prescription !== null) confirmed.push(prescription);
  }
  return confirmed;
}
