import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  registerTelegramWebhook,
  type RegisterTelegramWebhookOptions,
  type SecretReader,
  type StackOutputReader,
} from './register-telegram-webhook';
import { WebhookSetupError } from './webhook-setup-error';

const BOT_TOKEN = '123456789:AAEfakeFAKEfakeFAKEfakeFAKEfake_-x';
const SECRET_TOKEN = 'Gen3ratedWebhookSecretTokenOnlyLettersAndDigits0123456789abcdefg';
const WEBHOOK_URL = 'https://abc123.execute-api.eu-west-1.amazonaws.com/webhook';
const OUTPUTS = {
  WebhookUrl: WEBHOOK_URL,
  TelegramBotTokenSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:bot-AbCdEf',
  WebhookSecretArn: 'arn:aws:secretsmanager:eu-west-1:123456789012:secret:hook-AbCdEf',
};

class InMemoryStackOutputs implements StackOutputReader {
  constructor(private readonly stacks: Record<string, Record<string, string>>) {}
  readOutputs(stackName: string): Promise<Record<string, string>> {
    return Promise.resolve(this.stacks[stackName] ?? {});
  }
}

class InMemorySecrets implements SecretReader {
  constructor(private readonly values: Record<string, string>) {}
  readSecret(secretId: string): Promise<string | undefined> {
    return Promise.resolve(this.values[secretId]);
  }
}

interface RecordedCall {
  readonly path: string;
  readonly body: unknown;
}

/** A fake Telegram Bot API: records each call and answers from a per-method script. */
class FakeBotApi {
  readonly calls: RecordedCall[] = [];
  answers: Record<string, { status: number; body: unknown }> = {};
  private readonly server: Server = createServer((request, response) =>
    this.handle(request, response),
  );

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private handle(request: IncomingMessage, response: ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      this.calls.push({
        path,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
      });
      const method = path.split('/').at(-1) ?? '';
      const answer = this.answers[method] ?? {
        status: 404,
        body: { ok: false, description: 'Not Found' },
      };
      response.writeHead(answer.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body));
    });
  }
}

describe('registerTelegramWebhook', () => {
  const api = new FakeBotApi();
  let apiRoot = '';

  beforeAll(async () => {
    apiRoot = await api.start();
  });

  afterAll(async () => {
    await api.stop();
  });

  beforeEach(() => {
    api.calls.length = 0;
    api.answers = {
      setWebhook: { status: 200, body: { ok: true, result: true, description: 'Webhook was set' } },
      getWebhookInfo: {
        status: 200,
        body: {
          ok: true,
          result: { url: WEBHOOK_URL, has_custom_certificate: false, pending_update_count: 2 },
        },
      },
    };
  });

  function options(
    overrides: Partial<RegisterTelegramWebhookOptions> = {},
  ): RegisterTelegramWebhookOptions {
    return {
      stackName: 'CtrlAltHeal-prod',
      outputs: new InMemoryStackOutputs({ 'CtrlAltHeal-prod': OUTPUTS }),
      secrets: new InMemorySecrets({
        [OUTPUTS.TelegramBotTokenSecretArn]: `${BOT_TOKEN}\n`,
        [OUTPUTS.WebhookSecretArn]: SECRET_TOKEN,
      }),
      fetch,
      apiRoot,
      ...overrides,
    };
  }

  describe('when the stack is deployed and both secrets hold values', () => {
    it('calls setWebhook with the URL, secret token, allowed updates and drop flag, then reads the info back', async () => {
      const registration = await registerTelegramWebhook(options({ dropPendingUpdates: true }));

      expect(registration).toEqual({ url: WEBHOOK_URL, pendingUpdateCount: 2 });
      expect(api.calls).toEqual([
        {
          path: `/bot${BOT_TOKEN}/setWebhook`,
          body: {
            url: WEBHOOK_URL,
            secret_token: SECRET_TOKEN,
            allowed_updates: ['message', 'callback_query'],
            drop_pending_updates: true,
          },
        },
        { path: `/bot${BOT_TOKEN}/getWebhookInfo`, body: {} },
      ]);
    });

    it('passes the chosen update types and keeps pending updates by default', async () => {
      await registerTelegramWebhook(options({ allowedUpdates: ['message'] }));

      expect(api.calls[0]?.body).toEqual({
        url: WEBHOOK_URL,
        secret_token: SECRET_TOKEN,
        allowed_updates: ['message'],
        drop_pending_updates: false,
      });
    });

    it('reports the last delivery error Telegram holds', async () => {
      api.answers.getWebhookInfo = {
        status: 200,
        body: {
          ok: true,
          result: {
            url: WEBHOOK_URL,
            pending_update_count: 0,
            last_error_message: 'Wrong response from the webhook: 401 Unauthorized',
          },
        },
      };

      await expect(registerTelegramWebhook(options())).resolves.toEqual({
        url: WEBHOOK_URL,
        pendingUpdateCount: 0,
        lastErrorMessage: 'Wrong response from the webhook: 401 Unauthorized',
      });
    });
  });

  describe('when the bot token secret has no value yet', () => {
    it('says how to put it in and calls nothing', async () => {
      const secrets = new InMemorySecrets({ [OUTPUTS.WebhookSecretArn]: SECRET_TOKEN });

      await expect(registerTelegramWebhook(options({ secrets }))).rejects.toStrictEqual(
        new WebhookSetupError(
          `the bot token secret has no value yet; put it in with: aws secretsmanager put-secret-value --secret-id ${OUTPUTS.TelegramBotTokenSecretArn} --secret-string file://<file holding the value>`,
        ),
      );
      expect(api.calls).toEqual([]);
    });
  });

  describe('when the stack has no WebhookUrl output', () => {
    it('says to deploy first', async () => {
      const outputs = new InMemoryStackOutputs({});

      await expect(registerTelegramWebhook(options({ outputs }))).rejects.toStrictEqual(
        new WebhookSetupError(
          'stack CtrlAltHeal-prod has no output WebhookUrl; deploy it first (pnpm cdk:deploy)',
        ),
      );
    });
  });

  describe('when the WebhookUrl is not HTTPS', () => {
    it('refuses before calling Telegram', async () => {
      const outputs = new InMemoryStackOutputs({
        'CtrlAltHeal-prod': { ...OUTPUTS, WebhookUrl: 'http://alb.example/webhook' },
      });

      await expect(registerTelegramWebhook(options({ outputs }))).rejects.toStrictEqual(
        new WebhookSetupError(
          'WebhookUrl http://alb.example/webhook is not HTTPS; Telegram calls HTTPS URLs only',
        ),
      );
      expect(api.calls).toEqual([]);
    });
  });

  describe('when Telegram refuses the token', () => {
    it('reports Telegram’s description without the token', async () => {
      api.answers.setWebhook = {
        status: 401,
        body: { ok: false, error_code: 401, description: 'Unauthorized' },
      };

      await expect(registerTelegramWebhook(options())).rejects.toStrictEqual(
        new WebhookSetupError('Telegram refused setWebhook: Unauthorized'),
      );
    });
  });

  describe('when the Bot API cannot be reached', () => {
    it('fails with a message that does not contain the token', async () => {
      const closed = new FakeBotApi();
      const deadRoot = await closed.start();
      await closed.stop();

      const failure = await registerTelegramWebhook(options({ apiRoot: deadRoot })).catch(
        (error: unknown) => error,
      );

      expect(failure).toEqual(
        new WebhookSetupError('could not reach the Telegram Bot API for setWebhook'),
      );
      expect(String((failure as Error).message)).not.toContain(BOT_TOKEN);
    });
  });
});
