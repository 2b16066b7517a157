import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '../logging/logger';
import type { RedactionList } from '../logging/redaction-list';
import type { AppConfig, AwsSecretsConfig } from './app-config';

/** File in the data folder that keeps the generated local webhook secret. */
export const WEBHOOK_SECRET_FILE = 'webhook-secret.txt';

/** Reads one secret value by its Secrets Manager id (name or ARN). */
export interface SecretReader {
  /** @throws Error when the secret is missing, empty or Secrets Manager is unreachable. */
  readSecret(secretId: string): Promise<string>;
  /**
   * The value, or null when the secret has no value yet (the stack creates the bot token and
   * web-search key secrets empty for the operator to fill in).
   *
   * @throws Error when Secrets Manager is unreachable or refuses the read.
   */
  readSecretIfSet(secretId: string): Promise<string | null>;
}

/** The secret values the app runs with, loaded once at boot. */
export interface RuntimeSecrets {
  /** Null when Telegram is not configured (embedded mode without a token). */
  readonly botToken: string | null;
  readonly webhookSecret: string;
  /** Bearer key `/chat` and `/chat-streaming` require; null leaves them open (embedded only). */
  readonly chatApiKey: string | null;
  readonly serperApiKey: string | null;
}

/** What {@link loadRuntimeSecrets} needs besides the config. */
export interface LoadSecretsOptions {
  /** Required in aws mode. */
  readonly reader?: SecretReader;
  /** Every loaded value is added here before it is used anywhere. */
  readonly redaction: RedactionList;
  readonly logger: Logger;
}

/**
 * Loads the secrets: in aws mode from Secrets Manager by id, in embedded mode from the
 * environment, generating the webhook secret into `<dataDir>/webhook-secret.txt` (mode 0600)
 * when none is given. Values are never logged; the file path is.
 *
 * @throws Error when a secret cannot be read (the app must not start half-configured).
 */
export async function loadRuntimeSecrets(
  config: AppConfig,
  options: LoadSecretsOptions,
): Promise<RuntimeSecrets> {
  const secrets =
    config.secrets.kind === 'aws'
      ? await readAwsSecrets(config.secrets, options.reader, options.logger)
      : await embeddedSecrets(config, options.logger);
  for (const value of [
    secrets.botToken,
    secrets.webhookSecret,
    secrets.chatApiKey,
    secrets.serperApiKey,
  ]) {
    options.redaction.add(value);
  }
  return secrets;
}

async function readAwsSecrets(
  ids: AwsSecretsConfig,
  reader: SecretReader | undefined,
  logger: Logger,
): Promise<RuntimeSecrets> {
  if (reader === undefined) throw new Error('aws mode needs a secret reader');
  const [botToken, webhookSecret, chatApiKey, serperApiKey] = await Promise.all([
    reader.readSecretIfSet(ids.telegramSecretId),
    reader.readSecret(ids.webhookSecretId),
    reader.readSecret(ids.chatApiKeySecretId),
    ids.serperSecretId === null ? null : reader.readSecretIfSet(ids.serperSecretId),
  ]);
  // The first deploy runs before the operator stores the bot token: the service must still
  // start (or the deployment circuit breaker would roll the new stack back), with /webhook
  // answering 503 until a restart after the token is stored.
  if (botToken === null) {
    logger.warn('telegram bot token not set, telegram disabled', {
      hint: 'store the token in the bot token secret, then force a new deployment',
    });
  }
  return { botToken, webhookSecret, chatApiKey, serperApiKey };
}

async function embeddedSecrets(config: AppConfig, logger: Logger): Promise<RuntimeSecrets> {
  if (config.secrets.kind !== 'embedded' || config.storage.kind !== 'embedded') {
    throw new Error('embedded secrets need embedded storage');
  }
  const webhookSecret =
    config.secrets.webhookSecret ?? (await generatedWebhookSecret(config.storage.dataDir, logger));
  return { botToken: config.secrets.botToken, webhookSecret, chatApiKey: null, serperApiKey: null };
}

async function generatedWebhookSecret(dataDir: string, logger: Logger): Promise<string> {
  const path = join(dataDir, WEBHOOK_SECRET_FILE);
  const existing = await readIfPresent(path);
  if (existing !== null) {
    logger.info('webhook secret loaded from file', { path });
    return existing;
  }
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  logger.info('webhook secret generated', { path });
  return secret;
}

async function readIfPresent(path: string): Promise<string | null> {
  try {
    const text = (await readFile(path, 'utf8')).trim();
    return text === '' ? null : text;
  } catch (error) {
    // Checked by shape: errors from node:fs are not `instanceof Error` inside jest's sandbox.
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT') {
      return null;
    }
    throw error;
  }
}
