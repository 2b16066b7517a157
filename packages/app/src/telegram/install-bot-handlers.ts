import type { Bot } from 'grammy';
import { BOT_REPLIES } from './bot-replies';
import { handleConfirmButton, type ConfirmButtonDeps } from './confirm-button-handler';
import { EditedMessageNotes, handleEditedMessage } from './edited-message-handler';
import { handleExportCommand, type ExportDeps } from './export-command';
import { handleFhirDocument, type FhirDocumentDeps } from './fhir-document-handler';
import { handleForgetButton, handleForgetCommand, type ForgetDeps } from './forget-command';
import { handleImportBatchButton } from './import-batch-button-handler';
import { sendHtmlReply } from './send-html-reply';
import { handleStartCommand } from './start-command';
import { handleStopButton, handleStopCommand, type StopDeps } from './stop-command';
import { handleTextTurn, type TextTurnDeps } from './text-turn-handler';
import { handleTimeZoneButton, type TimeZoneButtonDeps } from './time-zone-button-handler';
import { handleSharedLocation, handleTimeZoneCommand } from './time-zone-command';
import type { TurnReports } from './turn-report';

/** Everything the handlers need. */
export type BotHandlerDeps = TextTurnDeps &
  ConfirmButtonDeps &
  FhirDocumentDeps &
  TimeZoneButtonDeps &
  ExportDeps &
  ForgetDeps &
  StopDeps;

/**
 * Routes updates to handlers. Only private chats are served: in groups and channels the bot
 * stays silent (a health companion must not answer where others read along), and a button
 * pressed there is only answered so it stops spinning. In private chats the commands
 * (`/start`, `/help`, `/timezone`, `/export`, `/forget`, `/stop`), every button, `.json` documents and
 * shared locations are handled without the model; other text goes to the agent; an edited
 * message gets one note asking for a new message; anything else (photos, stickers) gets a note
 * that only text and FHIR files are read for now.
 */
export function installBotHandlers(bot: Bot, deps: BotHandlerDeps): void {
  const direct = bot.chatType('private');

  direct.command('start', (ctx) => handleStartCommand(ctx, deps));
  direct.command('help', (ctx) =>
    fixedReply(ctx.api, ctx.chat.id, 'help', deps.reports, ctx.update.update_id),
  );
  direct.command('timezone', (ctx) => handleTimeZoneCommand(ctx, deps));
  direct.command('export', (ctx) => handleExportCommand(ctx, deps));
  direct.command('forget', (ctx) => handleForgetCommand(ctx, deps));
  direct.command('stop', (ctx) => handleStopCommand(ctx, deps));
  direct.callbackQuery(/^tz:/, (ctx) => handleTimeZoneButton(ctx, deps));
  direct.callbackQuery(/^rx:(all|none):/, (ctx) => handleImportBatchButton(ctx, deps));
  direct.callbackQuery(/^rx:(stop|stopy|keep)(:|$)/, (ctx) => handleStopButton(ctx, deps));
  direct.callbackQuery(/^forget:/, (ctx) => handleForgetButton(ctx, deps));
  direct.on('callback_query:data', (ctx) => handleConfirmButton(ctx, deps));
  direct.on('message:document', (ctx) => handleFhirDocument(ctx, deps));
  direct.on('message:location', (ctx) => handleSharedLocation(ctx, deps));
  direct.on('message:text', (ctx) => handleTextTurn(ctx, deps));
  // An edit never re-runs the earlier turn; the patient is asked to send a new message.
  const editedNotes = new EditedMessageNotes();
  direct.on('edited_message', (ctx) => handleEditedMessage(ctx, { ...deps, editedNotes }));
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
  key: 'help' | 'onlyText',
  reports: TurnReports,
  updateId: number,
): Promise<void> {
  const report = reports.of(updateId);
  report.handler = key;
  await sendHtmlReply(api, chatId, BOT_REPLIES[key], { report });
  report.outcome = 'replied';
}
