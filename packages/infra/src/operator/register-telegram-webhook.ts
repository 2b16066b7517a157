import { WebhookSetupError } from './webhook-setup-error';

/** Reads a deployed stack's outputs. */
export interface StackOutputReader {
  /**
   * @param stackName - The CloudFormation stack name.
   * @returns Output key to value; empty when the stack has no outputs.
   */
  readOutputs(stackName: string): Promise<Record<string, string>>;
}

/** Reads a secret's current string value. */
export interface SecretReader {
  /**
   * @param secretId - Secret name or ARN.
   * @returns The value, or `undefined` when the secret has no value yet.
   */
  readSecret(secretId: string): Promise<string | undefined>;
}

/** What `registerTelegramWebhook` needs. */
export interface RegisterTelegramWebhookOptions {
  /** The stack whose `WebhookUrl` and secret ARNs to use. */
  readonly stackName: string;
  /** Stack outputs. */
  readonly outputs: StackOutputReader;
  /** Secret values. */
  readonly secrets: SecretReader;
  /** HTTP client; tests pass one aimed at a fake Bot API. */
  readonly fetch: typeof fetch;
  /** Bot API root. @defaultValue `https://api.telegram.org` */
  readonly apiRoot?: string;
  /** Update types Telegram sends. @defaultValue `DEFAULT_ALLOWED_UPDATES` */
  readonly allowedUpdates?: readonly string[];
  /** Whether Telegram drops the updates queued while no webhook answered. @defaultValue false */
  readonly dropPendingUpdates?: boolean;
}

/** What Telegram reports after the webhook is set. */
export interface WebhookRegistration {
  /** The URL Telegram now calls. */
  readonly url: string;
  /** Updates waiting to be delivered. */
  readonly pendingUpdateCount: number;
  /** Telegram's last delivery error, if any. */
  readonly lastErrorMessage?: string;
}

/** The update types the bot handles: messages and inline-button presses. */
export const DEFAULT_ALLOWED_UPDATES: readonly string[] = ['message', 'callback_query'];

interface BotApiAnswer {
  readonly ok: boolean;
  readonly description?: string;
  readonly result?: {
    readonly url?: string;
    readonly pending_update_count?: number;
    readonly last_error_message?: string;
  };
}

/**
 * Points the Telegram bot at the deployed stack: reads the `WebhookUrl` output and the bot
 * token and webhook secret token from Secrets Manager, calls `setWebhook` with `secret_token`,
 * `allowed_updates` and `drop_pending_updates`, then reads `getWebhookInfo` back.
 *
 * @param options - Stack, readers, HTTP client and `setWebhook` settings.
 * @returns What Telegram reports for the new webhook.
 * @throws WebhookSetupError when an output or secret is missing, or Telegram refuses.
 */
export async function registerTelegramWebhook(
  options: RegisterTelegramWebhookOptions,
): Promise<WebhookRegistration> {
  const outputs = await options.outputs.readOutputs(options.stackName);
  const url = requireOutput(outputs, 'WebhookUrl', options.stackName);
  if (!url.startsWith('https://')) {
    throw new WebhookSetupError(`WebhookUrl ${url} is not HTTPS; Telegram calls HTTPS URLs only`);
  }
  const botToken = await requireSecret(
    options.secrets,
    requireOutput(outputs, 'TelegramBotTokenSecretArn', options.stackName),
    'bot token',
  );
  const secretToken = await requireSecret(
    options.secrets,
    requireOutput(outputs, 'WebhookSecretArn', options.stackName),
    'webhook secret token',
  );
  const call = botApiCaller(options, botToken);
  await call('setWebhook', {
    url,
    secret_token: secretToken,
    allowed_updates: options.allowedUpdates ?? DEFAULT_ALLOWED_UPDATES,
    drop_pending_updates: options.dropPendingUpdates ?? false,
  });
  const info = await call('getWebhookInfo', {});
  return {
    url: info?.url ?? url,
    pendingUpdateCount: info?.pending_update_count ?? 0,
    ...(info?.last_error_message === undefined
      ? {}
      : { lastErrorMessage: info.last_error_message }),
  };
}

function field(value: object, key: string): unknown {
  return Object.getOwnPropertyDescriptor(value, key)?.value;
}

function readBotApiAnswer(body: unknown): BotApiAnswer {
  if (typeof body !== 'object' || body === null) return { ok: false };
  const description = field(body, 'description');
  const result = field(body, 'result');
  const info = typeof result === 'object' && result !== null ? result : {};
  const url = field(info, 'url');
  const pending = field(info, 'pending_update_count');
  const lastError = field(info, 'last_error_message');
  return {
    ok: field(body, 'ok') === true,
    ...(typeof description === 'string' ? { description } : {}),
    result: {
      ...(typeof url === 'string' ? { url } : {}),
      ...(typeof pending === 'number' ? { pending_update_count: pending } : {}),
      ...(typeof lastError === 'string' ? { last_error_message: lastError } : {}),
    },
  };
}

function requireOutput(outputs: Record<string, string>, key: string, stackName: string): string {
  const value = outputs[key];
  if (value === undefined || value === '') {
    throw new WebhookSetupError(
      `stack ${stackName} has no output ${key}; deploy it first (pnpm cdk:deploy)`,
    );
  }
  return value;
}

async function requireSecret(
  secrets: SecretReader,
  secretId: string,
  label: string,
): Promise<string> {
  const value = await secrets.readSecret(secretId);
  if (value === undefined || value.trim() === '') {
    throw new WebhookSetupError(
      `the ${label} secret has no value yet; put it in with: aws secretsmanager put-secret-value --secret-id ${secretId} --secret-string file://<file holding the value>`,
    );
  }
  return value.trim();
}

function botApiCaller(
  options: RegisterTelegramWebhookOptions,
  botToken: string,
): (method: string, body: object) => Promise<BotApiAnswer['result']> {
  const root = (options.apiRoot ?? 'https://api.telegram.org').replace(/\/+$/, '');
  return async (method, body) => {
    let response: Response;
    try {
      response = await options.fetch(`${root}/bot${botToken}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      // The request URL holds the token, so the cause is kept but its text is not repeated.
      throw new WebhookSetupError(`could not reach the Telegram Bot API for ${method}`, {
        cause: error,
      });
    }
    const answer = readBotApiAnswer(await response.json().catch(() => undefined));
    if (!response.ok || !answer.ok) {
      const reason = answer.description ?? `HTTP ${response.status}`;
      throw new WebhookSetupError(
        `Telegram refused ${method}: ${reason.replaceAll(botToken, '<token>')}`,
      );
    }
    return answer.result;
  };
}
