import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonLogger } from '../logging/json-logger';
import { RedactionList } from '../logging/redaction-list';
import { parseConfig } from './parse-config';
import { loadRuntimeSecrets, WEBHOOK_SECRET_FILE, type SecretReader } from './runtime-secrets';

class InMemorySecretReader implements SecretReader {
  constructor(private readonly values: Record<string, string>) {}

  readSecret(secretId: string): Promise<string> {
    const value = this.values[secretId];
    return value === undefined
      ? Promise.reject(new Error(`secret ${secretId} not found`))
      : Promise.resolve(value);
  }

  readSecretIfSet(secretId: string): Promise<string | null> {
    return Promise.resolve(this.values[secretId] ?? null);
  }
}

const AWS_ENV = {
  CAH_RUNTIME_MODE: 'aws',
  AWS_REGION: 'eu-west-1',
  USERS_TABLE_NAME: 'u',
  IDENTITIES_TABLE_NAME: 'i',
  CONVERSATIONS_TABLE_NAME: 'c',
  PRESCRIPTIONS_TABLE_NAME: 'p',
  FHIR_DATA_TABLE_NAME: 'f',
  PROCESSED_UPDATES_TABLE_NAME: 'pu',
  DOSES_TABLE_NAME: 'd',
  UPLOADS_BUCKET_NAME: 'ub',
  ASSETS_BUCKET_NAME: 'ab',
  TELEGRAM_SECRET_NAME: 'tg-id',
  WEBHOOK_SECRET_NAME: 'wh-id',
  CHAT_API_KEY_SECRET_NAME: 'chat-id',
  BEDROCK_MODEL_ID: 'm',
};

describe('loadRuntimeSecrets', () => {
  let dataDir: string;
  const lines: string[] = [];
  const logger = createJsonLogger({ service: 'test', write: (line) => lines.push(line) });

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cah-secrets-'));
    lines.length = 0;
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('when embedded mode has no webhook secret', () => {
    it('generates one into the data folder once, logs the path but not the value', async () => {
      const config = parseConfig({ CAH_DATA_DIR: dataDir }, { repoRoot: '/repo' });
      const redaction = new RedactionList();

      const first = await loadRuntimeSecrets(config, { redaction, logger });
      const second = await loadRuntimeSecrets(config, { redaction, logger });

      const path = join(dataDir, WEBHOOK_SECRET_FILE);
      expect(first.webhookSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(second).toEqual(first);
      expect((await readFile(path, 'utf8')).trim()).toBe(first.webhookSecret);
      expect((await stat(path)).mode & 0o777).toBe(0o600);
      expect(lines.join('\n')).toContain(path);
      expect(lines.join('\n')).not.toContain(first.webhookSecret);
      expect(redaction.apply(first.webhookSecret)).toBe('[redacted]');
    });
  });

  describe('when aws mode reads Secrets Manager', () => {
    it('reads each id and registers every value for redaction', async () => {
      const config = parseConfig(AWS_ENV, { repoRoot: '/repo' });
      const redaction = new RedactionList();
      const reader = new InMemorySecretReader({
        'tg-id': '42:token-value-from-secrets',
        'wh-id': 'webhook-value',
        'chat-id': 'chat-key-value',
      });

      const secrets = await loadRuntimeSecrets(config, { reader, redaction, logger });

      expect(secrets).toEqual({
        botToken: '42:token-value-from-secrets',
        webhookSecret: 'webhook-value',
        chatApiKey: 'chat-key-value',
        serperApiKey: null,
      });
      expect(redaction.apply('chat-key-value webhook-value')).toBe('[redacted] [redacted]');
    });
  });

  describe('when the operator has not stored the bot token yet', () => {
    it('starts with Telegram off and warns how to turn it on', async () => {
      const config = parseConfig(AWS_ENV, { repoRoot: '/repo' });
      const reader = new InMemorySecretReader({ 'wh-id': 'webhook-value', 'chat-id': 'chat-key' });

      const secrets = await loadRuntimeSecrets(config, {
        reader,
        redaction: new RedactionList(),
        logger,
      });

      expect(secrets).toEqual({
        botToken: null,
        webhookSecret: 'webhook-value',
        chatApiKey: 'chat-key',
        serperApiKey: null,
      });
      expect(lines.join('\n')).toContain('telegram bot token not set, telegram disabled');
    });
  });

  describe('when a generated secret cannot be read', () => {
    it('fails the boot', async () => {
      const config = parseConfig(AWS_ENV, { repoRoot: '/repo' });
      const reader = new InMemorySecretReader({ 'tg-id': '42:t', 'wh-id': 'webhook-value' });

      await expect(
        loadRuntimeSecrets(config, { reader, redaction: new RedactionList(), logger }),
      ).rejects.toThrow(new Error('secret chat-id not found'));
    });
  });
});
