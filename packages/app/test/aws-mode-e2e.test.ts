import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startEmbeddedServices,
  type EmbeddedServices,
} from '../src/embedded/start-embedded-services';
import { TABLES } from '../src/storage/table-definitions';
import {
  startFakeSecretsManager,
  type FakeSecretsManager,
} from '../src/testing/fake-secrets-manager';
import { RunningBundle } from './running-bundle';

const TOKEN = '7000002:AWS_MODE_FAKE_TOKEN_abcdefghijklmnopqrstuvw';
const WEBHOOK_SECRET = 'aws_mode_webhook_secret_7c1d';
const CHAT_KEY = 'aws-mode-chat-api-key-9e4f2a61';

describe('the bundle in aws mode (deployed settings against local stand-ins)', () => {
  let dataDir: string;
  let storage: EmbeddedServices;
  let secrets: FakeSecretsManager;
  let app: RunningBundle;
  let baseUrl: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cah-aws-mode-'));
    storage = await startEmbeddedServices({ dataDir });
    secrets = await startFakeSecretsManager({
      'cah/telegram-token': TOKEN,
      'cah/webhook-secret': WEBHOOK_SECRET,
      'cah/chat-api-key': CHAT_KEY,
    });
    const tableEnv = Object.fromEntries(
      Object.entries(TABLES).map(([key, table]) => [
        table.envName,
        storage.tableNames[key as keyof typeof storage.tableNames],
      ]),
    );
    app = await RunningBundle.start({
      CAH_RUNTIME_MODE: 'aws',
      HOST: '127.0.0.1',
      PORT: '0',
      AWS_REGION: 'us-east-1',
      ...tableEnv,
      UPLOADS_BUCKET_NAME: storage.bucketNames.uploads,
      ASSETS_BUCKET_NAME: storage.bucketNames.assets,
      TELEGRAM_SECRET_NAME: 'cah/telegram-token',
      WEBHOOK_SECRET_NAME: 'cah/webhook-secret',
      CHAT_API_KEY_SECRET_NAME: 'cah/chat-api-key',
      MODEL_PROVIDER: 'offline',
      // The SDK's configured-endpoint variables aim the deployed clients at the stand-ins.
      AWS_ENDPOINT_URL_DYNAMODB: storage.dynamoEndpoint,
      AWS_ENDPOINT_URL_S3: storage.s3Endpoint,
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secrets.url,
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });
    const started = await app.waitForLog((line) => line.msg === 'app started');
    baseUrl = String(started.url);
  }, 30_000);

  afterAll(async () => {
    await app?.stop();
    await secrets?.close();
    await storage?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  function chat(path: string, headers: Record<string, string>): Promise<Response> {
    return fetch(`${baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ prompt: 'help' }),
    });
  }

  describe('when it boots', () => {
    it('reads its three secrets from Secrets Manager by id', () => {
      expect([...secrets.asked].sort()).toEqual([
        'cah/chat-api-key',
        'cah/telegram-token',
        'cah/webhook-secret',
      ]);
    });
  });

  describe('when /chat and /chat-streaming are called without the bearer key', () => {
    it('refuses them with 401 and serves the right key', async () => {
      const statuses = [
        (await chat('/chat', {})).status,
        (await chat('/chat', { authorization: 'Bearer not-the-key' })).status,
        (await chat('/chat-streaming', {})).status,
        (await chat('/chat-streaming', { authorization: `Bearer ${CHAT_KEY}x` })).status,
      ];
      const allowed = await chat('/chat', { authorization: `Bearer ${CHAT_KEY}` });

      expect(statuses).toEqual([401, 401, 401, 401]);
      expect(allowed.status).toBe(200);
      expect(await allowed.json()).toEqual({ reply: expect.any(String) as unknown, actions: [] });
    });
  });

  describe('when the webhook is called with the stored secret', () => {
    it('accepts it, and refuses any other secret', async () => {
      const post = (secret: string): Promise<Response> =>
        fetch(`${baseUrl}/webhook`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': secret,
          },
          body: JSON.stringify({ update_id: 77 }),
        });

      expect([(await post('wrong')).status, (await post(WEBHOOK_SECRET)).status]).toEqual([
        401, 200,
      ]);
    });
  });

  describe('when the run is over', () => {
    it('stopped with exit code 0 and never logged a secret', async () => {
      app.signal('SIGTERM');

      expect(await app.exitCode()).toBe(0);
      const everything = app.output.join('\n');
      for (const secret of [TOKEN, WEBHOOK_SECRET, CHAT_KEY])
        expect(everything).not.toContain(secret);
    });
  });
});
