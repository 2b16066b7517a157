import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import type { StopOutcome } from '../storage/dynamo-prescription-store';
import { COMMAND_REPLIES } from './command-replies';
import { escapeHtml } from './escape-html';
import { removeInlineButtons } from './remove-inline-buttons';
import { sendHtmlReply } from './send-html-reply';
import {
  parseStopData,
  resolveStopRef,
  stopConfirmKeyboard,
  stopListKeyboard,
  type StopRef,
} from './stop-buttons';
import type { TurnReport, TurnReports } from './turn-report';

/** What the `/stop` flow needs. */
export interface StopDeps {
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'listActive' | 'get'>;
  /** Stops one prescription of one user and ends its future reminders. */
  readonly stopMedicine: (userId: string, prescriptionId: string) => Promise<StopOutcome>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * `/stop`: lists the sender's active medicines as buttons, one each. Nothing is stopped by the
 * command or by a medicine button; only "Yes, stop it" stops.
 *
 * @throws the stores' and the Bot API's errors.
 */
export async function handleStopCommand(ctx: Context, deps: StopDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'stop';
  const chatId = ctx.chat?.id;
  const from = ctx.from;
  if (chatId === undefined || from === undefined) return;
  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));
  const active = await deps.prescriptions.listActive(userId);
  if (active.length === 0) {
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.nothingToStop, { report });
  } else {
    const keyboard = stopListKeyboard(active);
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.stopWhich, { report, keyboard });
  }
  report.outcome = 'replied';
}

/**
 * The `/stop` buttons, for the user behind the presser's Telegram id only (another user's
 * press finds none of its medicines). A medicine button asks for confirmation; "Yes, stop it"
 * stops that medicine and its future reminders, or says it was already stopped; "Keep it"
 * changes nothing.
 *
 * @throws the stores' and the Bot API's errors.
 */
export async function handleStopButton(ctx: Context, deps: StopDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'stopButton';
  const query = ctx.callbackQuery;
  if (query === undefined) return;
  const chatId = query.message?.chat.id ?? query.from.id;
  const choice = parseStopData(query.data ?? '');
  await ctx.answerCallbackQuery();
  const reply = async (html: string, outcome: TurnReport['outcome']): Promise<void> => {
    await sendHtmlReply(ctx.api, chatId, html, { report });
    report.outcome = outcome;
  };
  if (choice === null || choice.kind === 'keep') {
    await removeInlineButtons(ctx, deps.logger);
    return reply(COMMAND_REPLIES.stopKept, 'replied');
  }
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  if (choice.kind === 'ask') return askToStop(ctx, deps, userId, choice.ref, report);
  await removeInlineButtons(ctx, deps.logger);
  const target = await findTarget(deps, userId, choice.ref);
  if (target === null) return reply(COMMAND_REPLIES.stopExpired, 'expired');
  const outcome = await deps.stopMedicine(userId, target.prescriptionId);
  const name = `<b>${escapeHtml(target.medication)}</b>`;
  if (outcome === 'stopped')
    return reply(`Stopped ${name}. No more reminders for it.`, 'confirmed');
  if (outcome === 'alreadyStopped') return reply(`${name} is already stopped.`, 'alreadySaved');
  return reply(COMMAND_REPLIES.stopExpired, 'expired');
}

async function askToStop(
  ctx: Context,
  deps: StopDeps,
  userId: string,
  ref: StopRef,
  report: TurnReport,
): Promise<void> {
  const chatId = ctx.callbackQuery?.message?.chat.id ?? ctx.callbackQuery?.from.id ?? 0;
  const active = await deps.prescriptions.listActive(userId);
  const target = resolveStopRef(ref, active);
  if (target === null) {
    await sendHtmlReply(ctx.api, chatId, COMMAND_REPLIES.stopExpired, { report });
    report.outcome = 'expired';
    return;
  }
  const html = `Stop <b>${escapeHtml(target.medication)}</b>? Reminders for it end now.`;
  const keyboard = stopConfirmKeyboard(target.prescriptionId, active.indexOf(target));
  await sendHtmlReply(ctx.api, chatId, html, { report, keyboard });
  report.outcome = 'replied';
}

/** The pressing user's prescription a confirm button names (active or already stopped). */
async function findTarget(
  deps: StopDeps,
  userId: string,
  ref: StopRef,
): Promise<Prescription | null> {
  if (ref.kind === 'index') {
    return resolveStopRef(ref, await deps.prescriptions.listActive(userId));
  }
  const found = await deps.prescriptions.get(userId, ref.prescriptionId);
  return found === null || found.status === 'draft' ? null : found;
}
