import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Bot } from 'grammy';
import { ChatSerialQueue } from '../intake/chat-serial-queue';
import type { IdentityResolver } from '../intake/identity-resolver';
import type { TurnRunner } from '../intake/turn-runner';
import { UpdateIntake, type UpdateClaims } from '../intake/update-intake';
import type { Logger } from '../logging/logger';
import type { DoseAnswers } from '../reminders/dose-answers';
import { createTelegramBot } from '../telegram/create-telegram-bot';
import { handleDoseButton } from '../telegram/dose-button-handler';
import { createTelegramFileDownloader } from '../telegram/telegram-file-download';
import { installBotHandlers } from '../telegram/install-bot-handlers';
import { TelegramUpdateProcessor } from '../telegram/telegram-update-processor';
import { TurnReports } from '../telegram/turn-report';
import type { TelegramCommandStores } from './telegram-command-stores';

/** The Telegram side of the app: the bot, its queue and the intake both entries feed. */
export interface TelegramRuntime {
  readonly bot: Bot;
  readonly queue: ChatSerialQueue;
  readonly intake: UpdateIntake;
}

/** What {@link createTelegramRuntime} wires together. */
export interface TelegramRuntimeOptions {
  readonly token: string;
  readonly apiRoot: string;
  readonly logger: Logger;
  readonly identities: IdentityResolver;
  readonly prescriptions: Pick<PrescriptionStore, 'confirm' | 'get' | 'saveDraft' | 'listActive'>;
  readonly claims: UpdateClaims;
  readonly turns: TurnRunner;
  readonly chatRef: (chatId: number) => string;
  /** What the command flows (/timezone, /export, /forget, FHIR files) need. */
  readonly commands: TelegramCommandStores;
  /** Records reminder answers (Taken / Snooze / Skip); absent, those buttons are not served. */
  readonly doseAnswers?: Pick<DoseAnswers, 'answer'>;
}

/** Builds the bot with its handlers, the per-chat queue, the processor and the intake. */
export function createTelegramRuntime(options: TelegramRuntimeOptions): TelegramRuntime {
  const { logger } = options;
  const bot = createTelegramBot({ token: options.token, apiRoot: options.apiRoot, logger });
  const reports = new TurnReports();
  const doseAnswers = options.doseAnswers;
  // Before the other handlers, whose catch-all button handler would take these presses.
  if (doseAnswers !== undefined) {
    const deps = { identities: options.identities, doseAnswers, reports, logger };
    bot.chatType('private').callbackQuery(/^dose:/, (ctx) => handleDoseButton(ctx, deps));
  }
  installBotHandlers(bot, {
    ...options.commands,
    downloadFile: createTelegramFileDownloader({ token: options.token, apiRoot: options.apiRoot }),
    identities: options.identities,
    prescriptions: options.prescriptions,
    turns: options.turns,
    reports,
    logger,
  });
  const processor = new TelegramUpdateProcessor({ bot, reports, logger, chatRef: options.chatRef });
  const queue = new ChatSerialQueue({
    onTaskError: (error) => logger.error('queued turn failed', { err: error }),
  });
  const intake = new UpdateIntake({ claims: options.claims, queue, processor, logger });
  return { bot, queue, intake };
}
