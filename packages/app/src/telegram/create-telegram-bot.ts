import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Logger } from '../logging/logger';
import { nativeFetchBridge } from './native-fetch-bridge';
import { createTelegramCallGuard } from './telegram-call-guard';

/** Longest a single Bot API call may take, in seconds (grammY's default is 500). */
export const TELEGRAM_CALL_TIMEOUT_SECONDS = 30;

/** Settings of {@link createTelegramBot}. */
export interface TelegramBotOptions {
  /** The bot token; never logged (the logger's redaction list holds it). */
  readonly token: string;
  /** Bot API root, such as https://api.telegram.org or a fake on 127.0.0.1. */
  readonly apiRoot: string;
  readonly logger: Logger;
  /** Waits between 429 retries. Default: a timer. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/**
 * A grammY bot on the given API root, with every call going through the adapter's error
 * translation and 429 retry. `botInfo` is preset from the token so no `getMe` call is needed
 * at boot: the app starts even while Telegram is unreachable.
 */
export function createTelegramBot(options: TelegramBotOptions): Bot {
  const bot = new Bot(options.token, {
    botInfo: presetBotInfo(options.token),
    client: {
      apiRoot: options.apiRoot,
      timeoutSeconds: TELEGRAM_CALL_TIMEOUT_SECONDS,
      // See nativeFetchBridge for why grammY's node-fetch is bypassed.
      fetch: nativeFetchBridge,
    },
  });
  bot.api.config.use(
    createTelegramCallGuard({
      logger: options.logger,
      ...(options.sleep === undefined ? {} : { sleep: options.sleep }),
    }),
  );
  return bot;
}

/**
 * Bot info without `getMe`. The id is the token's numeric prefix.
 * TODO: the username is a placeholder, so `/start@<real name>` (only sent in groups, which the
 * bot ignores) would not match; private chats send bare commands, so replies are unaffected.
 */
function presetBotInfo(token: string): UserFromGetMe {
  return {
    id: Number(token.split(':')[0]),
    is_bot: true,
    first_name: 'Ctrl-Alt-Heal',
    username: 'ctrl_alt_heal_bot',
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
}
