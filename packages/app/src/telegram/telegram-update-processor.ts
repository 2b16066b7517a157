import { BotError, type Bot } from 'grammy';
import type { UpdateProcessor } from '../intake/update-intake';
import type { Logger } from '../logging/logger';
import { BOT_REPLIES } from './bot-replies';
import { TelegramApiError } from './telegram-errors';
import { toGrammyUpdate, type TelegramUpdate } from './telegram-update-schema';
import type { TurnReport, TurnReports } from './turn-report';

/** Settings of {@link TelegramUpdateProcessor}. */
export interface TelegramUpdateProcessorOptions {
  readonly bot: Bot;
  readonly reports: TurnReports;
  readonly logger: Logger;
  /** Maps a chat id to its log reference (a keyed hash). */
  readonly chatRef: (chatId: number) => string;
  /** Milliseconds clock for latency. Default `performance.now`. */
  readonly nowMs?: () => number;
}

/**
 * Runs one queued update through grammY and is its error boundary: it logs each failure once,
 * tells the patient when their turn failed, and writes one `update handled` summary line
 * (update id, hashed chat ref, handler, outcome, latency, model, tokens). It never throws:
 * the update is already claimed and answered, so a failure cannot be redelivered.
 */
export class TelegramUpdateProcessor implements UpdateProcessor {
  private readonly options: TelegramUpdateProcessorOptions;

  /** @param options - Bot, report registry, logger, chat-ref hash and clock. */
  constructor(options: TelegramUpdateProcessorOptions) {
    this.options = options;
  }

  /** Handles `update`; resolves when its turn is over, whatever happened. */
  async process(update: TelegramUpdate): Promise<void> {
    const { bot, reports } = this.options;
    const nowMs = this.options.nowMs ?? ((): number => performance.now());
    const startedAt = nowMs();
    const report = reports.open(update.update_id);

    try {
      await bot.handleUpdate(toGrammyUpdate(update));
    } catch (error) {
      await this.recover(update, report, error instanceof BotError ? error.error : error);
    } finally {
      reports.close(update.update_id);
      this.writeSummary(update, report, Math.round(nowMs() - startedAt));
    }
  }

  private async recover(update: TelegramUpdate, report: TurnReport, error: unknown): Promise<void> {
    const { logger } = this.options;
    if (error instanceof TelegramApiError && error.errorCode === 403) {
      report.outcome = 'blocked';
      logger.warn('telegram user blocked the bot', { update_id: update.update_id });
      return;
    }
    report.outcome = 'failed';
    logger.error('update failed', { update_id: update.update_id, err: error });
    const chatId = chatIdOf(update);
    if (chatId === null || !isPrivate(update)) return;
    try {
      await this.options.bot.api.sendMessage(chatId, BOT_REPLIES.failed);
    } catch (sendError) {
      logger.warn('failure notice not sent', { update_id: update.update_id, err: sendError });
    }
  }

  private writeSummary(update: TelegramUpdate, report: TurnReport, latencyMs: number): void {
    const chatId = chatIdOf(update);
    this.options.logger.info('update handled', {
      update_id: update.update_id,
      chat_ref: chatId === null ? null : this.options.chatRef(chatId),
      handler: report.handler,
      outcome: report.outcome,
      latency_ms: latencyMs,
      model_id: report.modelId,
      input_tokens: report.inputTokens,
      output_tokens: report.outputTokens,
      messages_sent: report.messagesSent,
    });
  }
}

function chatIdOf(update: TelegramUpdate): number | null {
  return (
    update.message?.chat.id ??
    update.edited_message?.chat.id ??
    update.callback_query?.message?.chat.id ??
    update.callback_query?.from.id ??
    null
  );
}

function isPrivate(update: TelegramUpdate): boolean {
  const chat = update.message?.chat ?? update.callback_query?.message?.chat;
  return chat === undefined || chat.type === 'private';
}
