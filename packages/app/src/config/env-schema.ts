import { z } from 'zod';
import { TABLES } from '../storage/table-definitions';
import { ENV } from './env-names';

/** Telegram allows 1–256 characters of A–Z, a–z, 0–9, `_` and `-` in a webhook secret token. */
const WEBHOOK_SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * A bot token as BotFather issues it: numeric bot id, colon, 30+ URL-safe characters (today
 * 35). Looser than that would start the bot with a token Telegram never issues.
 */
const BOT_TOKEN_PATTERN = /^\d+:[A-Za-z0-9_-]{30,}$/;

const name = z.string().min(1);
const url = z.url({ protocol: /^https?$/ });
const port = z
  .string()
  .regex(/^\d+$/, 'must be a whole number')
  .transform(Number)
  .pipe(z.number().int().min(0).max(65_535));

/**
 * The format of each environment variable the app reads, checked one by one so each problem
 * names its variable. Empty strings count as unset (a blank table name must not slip through).
 */
export const ENV_SCHEMA = {
  [ENV.runtimeMode]: z.enum(['embedded', 'aws']),
  [ENV.port]: port,
  [ENV.host]: name,
  [ENV.logLevel]: z.enum(['debug', 'info', 'warn', 'error']),
  [ENV.awsRegion]: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region like eu-west-1'),
  [ENV.dataDir]: name,
  [TABLES.users.envName]: name,
  [TABLES.identities.envName]: name,
  [TABLES.conversations.envName]: name,
  [TABLES.prescriptions.envName]: name,
  [TABLES.fhirData.envName]: name,
  [TABLES.processedUpdates.envName]: name,
  [TABLES.doses.envName]: name,
  [ENV.uploadsBucket]: name,
  [ENV.assetsBucket]: name,
  [ENV.telegramSecret]: name,
  [ENV.serperSecret]: name,
  [ENV.webhookSecret]: name,
  [ENV.chatApiKeySecret]: name,
  [ENV.telegramBotToken]: z
    .string()
    .regex(
      BOT_TOKEN_PATTERN,
      'is not a bot token: expected <digits>:<30 or more letters, digits, _ or -> (BotFather gives 35)',
    ),
  [ENV.telegramWebhookSecret]: z
    .string()
    .regex(WEBHOOK_SECRET_PATTERN, 'must be 1-256 characters of A-Z, a-z, 0-9, _ and -'),
  [ENV.telegramApiRoot]: url,
  [ENV.telegramUpdateMode]: z.enum(['webhook', 'polling']),
  [ENV.modelProvider]: z.enum(['offline', 'bedrock']),
  [ENV.bedrockModelId]: name,
  [ENV.bedrockRegion]: z
    .string()
    .regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region like us-east-1'),
  [ENV.bedrockEndpoint]: url,
} as const satisfies Record<string, z.ZodType>;

/** How to fix each variable, quoted in the boot error. */
export const ENV_FIX_HINTS: Readonly<Record<string, string>> = {
  [ENV.runtimeMode]: 'set it to "embedded" (local servers) or "aws" (deployed resources)',
  [ENV.port]: 'set a port between 0 and 65535, or unset it for 8000',
  [ENV.logLevel]: 'use debug, info, warn or error',
  [ENV.awsRegion]: 'set the region the stack is deployed in',
  [ENV.telegramBotToken]:
    'copy the real token @BotFather gave you, e.g. 123456789:AAE… (a made-up one is refused)',
  [ENV.telegramWebhookSecret]:
    'use only letters, digits, _ and -, or unset it to have one generated in the data folder',
  [ENV.telegramApiRoot]: 'give an http(s) URL such as https://api.telegram.org, or unset it',
  [ENV.modelProvider]: 'use "offline" (no network) or "bedrock"',
  [ENV.telegramUpdateMode]: 'use "webhook" or "polling"',
  [ENV.bedrockEndpoint]: 'give an http(s) URL, or unset it for the regional endpoint',
};

/** The parsed variables: each one absent when unset or empty. */
export type ParsedEnv = {
  -readonly [K in keyof typeof ENV_SCHEMA]?: z.output<(typeof ENV_SCHEMA)[K]>;
};
