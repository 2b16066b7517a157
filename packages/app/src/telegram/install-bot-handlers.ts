import type { Bot } from 'grammy';
import { BOT_REPLIES } from './bot-replies';
import { handleConfirmButton, type ConfirmButtonDeps } from './confirm-button-handler';
import { sendHtmlReply } from './send-html-reply';
import { handleTextTurn, type TextTurnDeps } from './text-turn-handler';
import type { TurnReports } from './turn-report';

/** Everything the handlers need. */
export type BotHandlerDeps = TextTurnDeps & ConfirmButtonDeps;

/**
 * Routes updates to handlers. Only private chats are served: in groups and channels the bot
 * stays silent (a health companion must not answer where others read along), and a button
 * pressed there is only answered so it stops spinning. In private chats: `/start` and `/help`
 * answer without the model, button presses confirm prescriptions, text goes to the agent, and
 * anything else (photos, stickers) gets a note that only text is read for now.
 */
export function installBotHandlers(bot: Bot, deps: BotHandlerDeps): void {
  const direct = bot.chatType('private');

  direct.command('start', (ctx) =>
    fixedReply(ctx.api, ctx.chat.id, 'start', deps.reports, ctx.update.update_id),
  );
  direct.command('help', (ctx) =>
    fixedReply(ctx.api, ctx.chat.id, 'help', deps.reports, ctx.update.update_id),
  );
  direct.on('callback_query:data', (ctx) => handleConfirmButton(ctx, deps));
  direct.on('message:text', (ctx) => handleTextTurn(ctx, deps));
  // TODO: photos and PDFs of prescriptions are not read yet; meanwhile the patient is asked
  // to type the text, which is safe because nothing is stored from such a message.
  direct.on('message', (ctx) =>
    fixedReply(ctx.api, ctx.chat.id, 'onlyText', deps.reports, ctx.update.update_id),
  );

  bot.on('callback_query', async (ctx) => {
    deps.reports.of(ctx.update.update_id).handler = 'callbackElsewhere';
    await ctx.answerCallbackQuery();
  });
}

async function fixedReply(
  api: Bot['api'],
  chatId: number,
  key: 'start' | 'help' | 'onlyText',
  reports: TurnReports,
  updateId: number,
): Promise<void> {
  const report = reports.of(updateId);
  report.handler = key;
  await sendHtmlReply(api, chatId, BOT_REPLIES[key], { report });
  report.outcome = 'replied';
}
