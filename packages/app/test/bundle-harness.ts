import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { ENDPOINTS_FILE } from '../src/composition/embedded-endpoints-file';
import type { TableName } from '../src/storage/table-definitions';
import { FakeTelegramApi } from '../src/testing/fake-telegram-api';
import { RunningBundle } from './running-bundle';

/** The bot settings of a bundle that talks to a fake Bot API. */
export interface BundleTelegramOptions {
  readonly token: string;
  /** Sent by {@link BundleHarness.postUpdate} unless a call names another secret. */
  readonly webhookSecret: string;
}

/** How {@link BundleHarness.start} boots the bundle. */
export interface BundleHarnessOptions {
  /** Prefix of the temporary data folder made under the OS temp folder. */
  readonly dataDirPrefix: string;
  /**
   * With these the harness starts a {@link FakeTelegramApi} and points the bundle at it.
   * Default: no bot, so `/webhook` answers 503.
   */
  readonly telegram?: BundleTelegramOptions;
  /** Further environment variables, e.g. `LOG_LEVEL`. Default: none. */
  readonly env?: Readonly<Record<string, string>>;
}

const endpointsSchema = z.object({
  httpUrl: z.string(),
  dynamoEndpoint: z.string(),
  tableNames: z.record(z.string(), z.string()),
});

interface Bot extends BundleTelegramOptions {
  readonly api: FakeTelegramApi;
}

interface Parts {
  readonly app: RunningBundle;
  readonly dataDir: string;
  readonly endpoints: z.infer<typeof endpointsSchema>;
  readonly bot: Bot | undefined;
}

/**
 * The production bundle booted in embedded mode on a fresh data folder, for end-to-end tests,
 * optionally with a fake Bot API: it reads the endpoints file the bundle writes, posts HTTP
 * requests to it and scans its embedded DynamoDB tables. {@link BundleHarness.stop} ends
 * everything it started and removes the folder.
 */
export class BundleHarness {
  /** The running process: its output, logs, signals and exit code. */
  readonly app: RunningBundle;
  /** The bundle's HTTP address, e.g. `http://127.0.0.1:43210`. */
  readonly baseUrl: string;
  private readonly dataDir: string;
  private readonly tableNames: Readonly<Record<string, string>>;
  private readonly bot: Bot | undefined;
  private readonly dynamo: DynamoDBDocumentClient;

  private constructor(parts: Parts) {
    this.app = parts.app;
    this.baseUrl = parts.endpoints.httpUrl;
    this.dataDir = parts.dataDir;
    this.tableNames = parts.endpoints.tableNames;
    this.bot = parts.bot;
    this.dynamo = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        endpoint: parts.endpoints.dynamoEndpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'e2e', secretAccessKey: 'e2e' },
      }),
    );
  }

  /**
   * Starts the fake Bot API when `telegram` is given, boots the bundle (see
   * {@link RunningBundle.start}) and reads its endpoints file.
   *
   * @throws Error when the bundle is not built, does not start in 20 s or writes no endpoints
   *   file; what was started is stopped and the data folder removed first.
   */
  static async start(options: BundleHarnessOptions): Promise<BundleHarness> {
    const dataDir = await mkdtemp(join(tmpdir(), options.dataDirPrefix));
    let bot: Bot | undefined;
    let app: RunningBundle | undefined;
    try {
      if (options.telegram !== undefined) {
        bot = { ...options.telegram, api: await FakeTelegramApi.start() };
      }
      app = await RunningBundle.start(bundleEnv(dataDir, bot, options.env));
      const endpoints = endpointsSchema.parse(
        JSON.parse(await readFile(join(dataDir, ENDPOINTS_FILE), 'utf8')),
      );
      return new BundleHarness({ app, dataDir, endpoints, bot });
    } catch (error) {
      await app?.stop();
      await bot?.api.close();
      await rm(dataDir, { recursive: true, force: true });
      throw error;
    }
  }

  /**
   * The fake Bot API the bundle talks to.
   *
   * @throws Error when the harness was started without `telegram`.
   */
  get telegram(): FakeTelegramApi {
    if (this.bot === undefined) throw new Error('start the harness with telegram to fake it');
    return this.bot.api;
  }

  /**
   * POSTs `body` to `path`: strings and bytes as they are, anything else as JSON, always with
   * content-type `application/json` unless `headers` names another.
   */
  post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.baseUrl}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body),
    });
  }

  /**
   * POSTs a Telegram update to `/webhook` with the secret header.
   *
   * @param secret - Default: the webhook secret the harness was started with.
   * @throws Error when the harness was started without `telegram` and no secret is given.
   */
  postUpdate(update: unknown, secret = this.bot?.webhookSecret): Promise<Response> {
    if (secret === undefined) throw new Error('start the harness with telegram to post updates');
    return this.post('/webhook', update, { 'x-telegram-bot-api-secret-token': secret });
  }

  /**
   * Every item of a table, read consistently (one scan page, which the tests never outgrow).
   *
   * @throws Error when the endpoints file names no such table.
   */
  async scan(table: TableName): Promise<Record<string, unknown>[]> {
    const tableName = this.tableNames[table];
    if (tableName === undefined) throw new Error(`the endpoints file names no ${table} table`);
    const page = await this.dynamo.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true }),
    );
    return page.Items ?? [];
  }

  /** Closes the DynamoDB client, stops the bundle and the fake Bot API, removes the data folder. */
  async stop(): Promise<void> {
    this.dynamo.destroy();
    await this.app.stop();
    await this.bot?.api.close();
    await rm(this.dataDir, { recursive: true, force: true });
  }
}

function bundleEnv(
  dataDir: string,
  bot: Bot | undefined,
  env: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    CAH_RUNTIME_MODE: 'embedded',
    CAH_DATA_DIR: dataDir,
    PORT: '0',
    ...(bot && {
      TELEGRAM_BOT_TOKEN: bot.token,
      TELEGRAM_WEBHOOK_SECRET: bot.webhookSecret,
      TELEGRAM_API_ROOT: bot.api.apiRoot,
    }),
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...env,
  };
}
