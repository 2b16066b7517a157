import { createChatRef } from '../logging/chat-ref';
import { createReminders, systemClock, type Reminders } from '../reminders/create-reminders';
import type { AppCore } from './boot-core';
import type { StartAppOptions } from './start-app';

/**
 * The reminder side on the booted core, or null when Telegram is off (no bot token): reminders
 * go out through the bot, so without one there is nothing to send with. The dispatcher is
 * built, not started.
 */
export function buildReminders(core: AppCore, options: StartAppOptions): Reminders | null {
  const token = core.secrets.botToken;
  if (token === null) return null;
  return createReminders({
    client: core.storage.dynamo,
    tableNames: core.storage.tableNames,
    prescriptions: core.stores.prescriptions,
    token,
    apiRoot: options.config.telegram.apiRoot,
    logger: options.logger,
    chatRef: createChatRef(core.secrets.webhookSecret),
    clock: systemClock(options.now),
  });
}
