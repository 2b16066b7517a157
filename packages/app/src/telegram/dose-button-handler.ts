import type { Context } from 'grammy';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { Logger } from '../logging/logger';
import type { DoseAnswers } from '../reminders/dose-answers';
import { parseDoseButtonData } from '../reminders/reminder-message';
import { BOT_REPLIES } from './bot-replies';
import { sendHtmlReply } from './send-html-reply';
import type { TurnReports } from './turn-report';

/** What {@link handleDoseButton} needs. */
export interface DoseButtonDeps {
  readonly identities: IdentityResolver;
  readonly doseAnswers: Pick<DoseAnswers, 'answer'>;
  readonly reports: TurnReports;
  readonly logger: Logger;
}

/**
 * Handles a reminder's Taken / Snooze / Skip press (`dose:<action>:<short id>`). The query is
 * answered at once; the answer is then recorded for the user behind the sender's Telegram id
 * (button data is trusted for nothing else) and the reminder is edited to show the outcome,
 * without buttons. A dose that is not this user's gets the expired-button note.
 *
 * @throws the identity store's, the dose store's and the Bot API's errors.
 */
export async function handleDoseButton(ctx: Context, deps: DoseButtonDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'dose';
  const query = ctx.callbackQuery;
  if (query === undefined) return;

  await ctx.answerCallbackQuery();

  const pressed = parseDoseButtonData(query.data ?? '');
  const { userId } = await deps.identities.resolveUser('telegram', String(query.from.id));
  const result =
    pressed === null
      ? ({ kind: 'unknown' } as const)
      : await deps.doseAnswers.answer(userId, pressed.action, pressed.shortId);
  if (result.kind === 'refused') {
    report.outcome = 'refused';
    return;
  }
  if (result.kind === 'unknown') {
    await sendHtmlReply(ctx.api, ctx.chat?.id ?? query.from.id, BOT_REPLIES.expiredButton, {
      report,
    });
    report.outcome = 'expired';
    return;
  }

  await showOutcome(ctx, result.html, deps.logger);
  report.outcome = 'replied';
}

async function showOutcome(ctx: Context, html: string, logger: Logger): Promise<void> {
  if (ctx.callbackQuery?.message === undefined) return;
  try {
    await ctx.editMessageText(html, {
      parse_mode: 'HTML',
      reply_markup: { inline_keyboard: [] },
    });
  } catch (error) {
    // The answer is recorded either way; a reminder left unedited only keeps its buttons.
    logger.warn('reminder not updated after answer', { err: error });
  }
}
