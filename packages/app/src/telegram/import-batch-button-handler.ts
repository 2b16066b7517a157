import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import { medicationKey, type Prescription } from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import { confirmDraft } from '../intake/confirm-draft';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import { BOT_REPLIES } from './bot-replies';
import { COMMAND_REPLIES } from './command-replies';
import { ALREADY_SAVED_ANSWER } from './confirm-button-handler';
import { confirmationText } from './confirmation-text';
import { importDraftId, parseImportBatchData } from './import-batch-buttons';
import { medicineNameKeys } from './medicine-name-key';
import { removeInlineButtons } from './remove-inline-buttons';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** What {@link handleImportBatchButton} needs. */
export interface ImportBatchButtonDeps {
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'get' | 'confirm' | 'listActive'>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * Handles the "Confirm all" and Cancel buttons of an imported bundle. Confirm all confirms the
 * batch's drafts (`<batch>-1` … `<batch>-<count>`) for the user behind the presser's Telegram
 * id only, and lists what was saved; drafts that expired or are not this user's are skipped.
 * A draft whose medicine matches an active one by name key (see `medicationKey`) is
 * not confirmed and counts as already saved, so two batches of the same file cannot both save.
 * Cancel saves nothing (the drafts expire on their own). Both remove the buttons. A second
 * Confirm all, once every draft was saved, only answers the query with "Already saved".
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
  const choice = parseImportBatchData(query.data ?? '');
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  const batch =
    choice === null || choice.kind === 'cancel'
      ? { saved: [], alreadySaved: 0 }
      : await confirmBatch(userId, choice, deps);
  if (batch.saved.length === 0 && batch.alreadySaved > 0) {
    await ctx.answerCallbackQuery({ text: ALREADY_SAVED_ANSWER });
    await removeInlineButtons(ctx, deps.logger);
    report.outcome = 'alreadySaved';
    return;
  }
  await ctx.answerCallbackQuery();
  if (choice?.kind === 'cancel') {
    await removeInlineButtons(ctx, deps.logger);
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.importCancelled, { report });
    report.outcome = 'replied';
    return;
  }
  const confirmed = batch.saved;
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
): Promise<{ saved: Prescription[]; alreadySaved: number }> {
  const saved: Prescription[] = [];
  let alreadySaved = 0;
  const activeKeys = medicineNameKeys(await deps.prescriptions.listActive(userId));
  for (let index = 0; index < choice.count; index += 1) {
    const id = importDraftId(choice.batchId, index);
    const draft = await deps.prescriptions.get(userId, id);
    if (draft?.status === 'draft' && activeKeys.has(medicationKey(draft.medication))) {
      alreadySaved += 1;
      continue;
    }
    const outcome = await confirmDraft(deps.prescriptions, userId, id);
    if (outcome.kind === 'saved') saved.push(outcome.prescription);
    if (outcome.kind === 'alreadySaved') alreadySaved += 1;
  }
  return { saved, alreadySaved };
}
