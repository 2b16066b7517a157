import { ConfigError } from './config-error';
import { parseConfig } from './parse-config';

const REPO = '/repo';
const TOKEN = '123456:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const AWS_ENV = {
  AWS_REGION: 'eu-west-1',
  USERS_TABLE_NAME: 'users-t',
  IDENTITIES_TABLE_NAME: 'identities-t',
  CONVERSATIONS_TABLE_NAME: 'conversations-t',
  PRESCRIPTIONS_TABLE_NAME: 'prescriptions-t',
  FHIR_DATA_TABLE_NAME: 'fhir-t',
  PROCESSED_UPDATES_TABLE_NAME: 'updates-t',
  DOSES_TABLE_NAME: 'doses-t',
  UPLOADS_BUCKET_NAME: 'uploads-b',
  ASSETS_BUCKET_NAME: 'assets-b',
  TELEGRAM_SECRET_NAME: 'tg',
  WEBHOOK_SECRET_NAME: 'wh',
  CHAT_API_KEY_SECRET_NAME: 'chat',
  BEDROCK_MODEL_ID: 'anthropic.model-v1',
};

function errorOf(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  describe('when the environment is empty', () => {
    it('starts embedded on 127.0.0.1:8000 with the offline model and data under the repo', () => {
      expect(parseConfig({}, { repoRoot: REPO })).toEqual({
        mode: 'embedded',
        server: { host: '127.0.0.1', port: 8000 },
        logLevel: 'info',
        model: { provider: 'offline' },
        telegram: { apiRoot: 'https://api.telegram.org', updateMode: 'webhook' },
        storage: { kind: 'embedded', dataDir: '/repo/.data' },
        secrets: { kind: 'embedded', botToken: null, webhookSecret: null },
      });
    });

    it('returns a frozen object', () => {
      const config = parseConfig({}, { repoRoot: REPO });

      expect(Object.isFrozen(config)).toBe(true);
      expect(Object.isFrozen(config.server)).toBe(true);
    });
  });

  describe('when embedded variables are given', () => {
    it('uses them, treating blank values as unset', () => {
      const config = parseConfig(
        {
          PORT: '0',
          CAH_DATA_DIR: '/tmp/d',
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_WEBHOOK_SECRET: 'hook_secret-1',
          TELEGRAM_API_ROOT: 'http://127.0.0.1:9999/',
          LOG_LEVEL: '',
        },
        { repoRoot: REPO },
      );

      expect(config).toEqual({
        mode: 'embedded',
        server: { host: '127.0.0.1', port: 0 },
        logLevel: 'info',
        model: { provider: 'offline' },
        telegram: { apiRoot: 'http://127.0.0.1:9999', updateMode: 'webhook' },
        storage: { kind: 'embedded', dataDir: '/tmp/d' },
        secrets: { kind: 'embedded', botToken: TOKEN, webhookSecret: 'hook_secret-1' },
      });
    });
  });

  describe('when deployed tables and secret ids are given', () => {
    it('chooses aws mode on 0.0.0.0 with Bedrock', () => {
      const config = parseConfig(AWS_ENV, { repoRoot: REPO });

      expect(config).toEqual({
        mode: 'aws',
        server: { host: '0.0.0.0', port: 8000 },
        logLevel: 'info',
        model: {
          provider: 'bedrock',
          modelId: 'anthropic.model-v1',
          region: 'eu-west-1',
          endpoint: null,
        },
        telegram: { apiRoot: 'https://api.telegram.org', updateMode: 'webhook' },
        storage: {
          kind: 'aws',
          region: 'eu-west-1',
          tables: {
            users: 'users-t',
            identities: 'identities-t',
            conversations: 'conversations-t',
            prescriptions: 'prescriptions-t',
            fhirData: 'fhir-t',
            processedUpdates: 'updates-t',
            doses: 'doses-t',
          },
          buckets: { uploads: 'uploads-b', assets: 'assets-b' },
        },
        secrets: {
          kind: 'aws',
          telegramSecretId: 'tg',
          webhookSecretId: 'wh',
          chatApiKeySecretId: 'chat',
          serperSecretId: null,
        },
      });
    });
  });

  describe('when aws mode misses variables', () => {
    it('names each missing variable and how to fix it', () => {
      const error = errorOf(() =>
        parseConfig(
          { CAH_RUNTIME_MODE: 'aws', AWS_REGION: 'eu-west-1', BEDROCK_MODEL_ID: 'm' },
          {
            repoRoot: REPO,
          },
        ),
      );

      expect(error.issues.map((issue) => issue.variable)).toEqual([
        'USERS_TABLE_NAME',
        'IDENTITIES_TABLE_NAME',
        'CONVERSATIONS_TABLE_NAME',
        'PRESCRIPTIONS_TABLE_NAME',
        'FHIR_DATA_TABLE_NAME',
        'PROCESSED_UPDATES_TABLE_NAME',
        'DOSES_TABLE_NAME',
        'UPLOADS_BUCKET_NAME',
        'ASSETS_BUCKET_NAME',
        'TELEGRAM_SECRET_NAME',
        'WEBHOOK_SECRET_NAME',
        'CHAT_API_KEY_SECRET_NAME',
      ]);
      expect(error.message).toContain(
        'TELEGRAM_SECRET_NAME: is required in this mode. Fix: set the Secrets Manager name or ARN the stack created',
      );
    });
  });

  describe('when a variable is malformed', () => {
    it('throws a ConfigError naming it without echoing the value', () => {
      const error = errorOf(() =>
        parseConfig({ PORT: 'eighty', TELEGRAM_BOT_TOKEN: '123:abc' }, { repoRoot: REPO }),
      );

      expect(error.issues).toEqual([
        {
          variable: 'PORT',
          problem: 'must be a whole number',
          fix: 'set a port between 0 and 65535, or unset it for 8000',
        },
        {
          variable: 'TELEGRAM_BOT_TOKEN',
          problem:
            'is not a bot token: expected <digits>:<30 or more letters, digits, _ or -> (BotFather gives 35)',
          fix: 'copy the real token @BotFather gave you, e.g. 123456789:AAE… (a made-up one is refused)',
        },
      ]);
      expect(error.message).not.toContain('123:abc');
    });
  });

  describe('when options contradict each other', () => {
    it('rejects a token in aws mode, offline with a model id, and embedded off loopback', () => {
      const awsError = errorOf(() =>
        parseConfig({ ...AWS_ENV, TELEGRAM_BOT_TOKEN: TOKEN }, { repoRoot: REPO }),
      );
      const offlineError = errorOf(() =>
        parseConfig({ MODEL_PROVIDER: 'offline', BEDROCK_MODEL_ID: 'm' }, { repoRoot: REPO }),
      );
      const hostError = errorOf(() => parseConfig({ HOST: '0.0.0.0' }, { repoRoot: REPO }));
      const pollingError = errorOf(() =>
        parseConfig({ TELEGRAM_UPDATE_MODE: 'polling' }, { repoRoot: REPO }),
      );
      const awsPollingError = errorOf(() =>
        parseConfig({ ...AWS_ENV, TELEGRAM_UPDATE_MODE: 'polling' }, { repoRoot: REPO }),
      );

      expect(awsError.issues.map((issue) => issue.variable)).toEqual(['TELEGRAM_BOT_TOKEN']);
      expect(offlineError.issues).toEqual([
        {
          variable: 'BEDROCK_MODEL_ID',
          problem: 'is set but MODEL_PROVIDER is offline',
          fix: 'unset it, or set MODEL_PROVIDER=bedrock',
        },
      ]);
      expect(hostError.issues.map((issue) => issue.variable)).toEqual(['HOST']);
      expect(pollingError.issues).toEqual([
        {
          variable: 'TELEGRAM_UPDATE_MODE',
          problem: 'polling needs a bot token',
          fix: 'set TELEGRAM_BOT_TOKEN too',
        },
      ]);
      expect(awsPollingError.issues.map((issue) => issue.variable)).toEqual([
        'TELEGRAM_UPDATE_MODE',
      ]);
    });
  });

  describe('when bedrock is chosen without a model id', () => {
    it('asks for the model id', () => {
      const error = errorOf(() =>
        parseConfig({ MODEL_PROVIDER: 'bedrock', BEDROCK_REGION: 'us-east-1' }, { repoRoot: REPO }),
      );

      expect(error.issues).toEqual([
        {
          variable: 'BEDROCK_MODEL_ID',
          problem: 'is required in this mode',
          fix: 'set the Bedrock model or inference profile id',
        },
      ]);
    });
  });
});
