import type { Context } from 'grammy';
import type { Logger } from '../logging/logger';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { TurnRunner } from '../intake/turn-runner';
import { sendTextReply } from './send-html-reply';
import type { TurnReports } from './turn-report';
import { withTypingIndicator } from './typing-indicator';

/** What {@link handleTextTurn} needs. */
export interface TextTurnDeps {
  readonly identities: IdentityResolver;
  readonly turns: TurnRunner;
  readonly reports: TurnReports;
  readonly logger: Logger;
  /** How often "typing…" is refreshed, in ms. Default `TYPING_REFRESH_MS` (4000). */
  readonly typingRefreshMs?: number;
}

/**
 * Handles a private-chat text message: finds the internal user from the sender's Telegram id
 * (not the chat id), runs the turn while "typing…" shows, and sends the escaped reply with its
 * buttons.
 *
 * @throws the identity store's, the agent's and the Bot API's errors, for the processor.
 */
export async function handleTextTurn(ctx: Context, deps: TextTurnDeps): Promise<void> {
  const report = deps.reports.of(ctx.update.update_id);
  report.handler = 'text';
  const text = ctx.message?.text;
  const from = ctx.from;
  const chatId = ctx.chat?.id;
  if (text === undefined || from === undefined || chatId === undefined) return;

  const { userId } = await deps.identities.resolveUser('telegram', String(from.id));

  const reply = await withTypingIndicator(
    () => ctx.api.sendChatAction(chatId, 'typing'),
    () => deps.turns.run(userId, text),
    {
      logger: deps.logger,
      ...(deps.typingRefreshMs === undefined ? {} : { refreshMs: deps.typingRefreshMs }),
    },
  );
  report.modelId = reply.modelId;
  report.inputTokens = reply.usage.inputTokens;
  report.outputTokens = reply.usage.outputTokens;

  await sendTextReply(ctx.api, chatId, reply.text, { actions: reply.actions, report });
  report.outcome = 'replied';
}
