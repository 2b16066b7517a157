import { join } from 'node:path';
import { TABLES, type TableName } from '../storage/table-definitions';
import type {
  AppConfig,
  AwsSecretsConfig,
  AwsStorageConfig,
  EmbeddedSecretsConfig,
  ModelConfig,
  RuntimeMode,
  TelegramUpdateMode,
} from './app-config';
import { ConfigError } from './config-error';
import { ENV } from './env-names';
import { ENV_FIX_HINTS, ENV_SCHEMA, type ParsedEnv } from './env-schema';
import { IssueList } from './issue-list';

/** Port when `PORT` is unset. */
export const DEFAULT_PORT = 8000;

/** Bot API root when `TELEGRAM_API_ROOT` is unset. */
export const DEFAULT_TELEGRAM_API_ROOT = 'https://api.telegram.org';

/** Settings of {@link parseConfig}. */
export interface ParseConfigOptions {
  /** The repository root; embedded data defaults to `<repoRoot>/.data`. */
  readonly repoRoot: string;
  /**
   * Update mode when `TELEGRAM_UPDATE_MODE` is unset: the local entry passes `polling` when a
   * token is given. Default `webhook`.
   */
  readonly defaultUpdateMode?: TelegramUpdateMode;
}

const AWS_ONLY: readonly string[] = [
  ...Object.values(TABLES).map((table) => table.envName),
  ENV.uploadsBucket,
  ENV.assetsBucket,
  ENV.telegramSecret,
  ENV.webhookSecret,
  ENV.chatApiKeySecret,
  ENV.serperSecret,
];

/**
 * Parses the environment into a frozen {@link AppConfig}. The mode is `CAH_RUNTIME_MODE`, or
 * `aws` when any deployed table, bucket or secret id is set, else `embedded`.
 *
 * @throws ConfigError listing every missing, malformed or contradictory variable.
 */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>>,
  options: ParseConfigOptions,
): AppConfig {
  const issues = new IssueList();

  const parsed = parseEachVariable(env, issues);
  const mode = chooseMode(parsed);
  const config = mode === 'aws' ? buildAws(parsed, issues) : buildEmbedded(parsed, options, issues);

  if (issues.any()) throw new ConfigError(issues.all());
  return deepFreeze(config);
}

function parseEachVariable(
  env: Readonly<Record<string, string | undefined>>,
  issues: IssueList,
): ParsedEnv {
  const parsed: Record<string, unknown> = {};
  for (const [variable, schema] of Object.entries(ENV_SCHEMA)) {
    const raw = env[variable];
    if (raw === undefined || raw.trim() === '') continue;
    const result = schema.safeParse(raw.trim());
    if (result.success) parsed[variable] = result.data;
    else issues.add(variable, result.error.issues[0]?.message ?? 'is malformed', fixFor(variable));
  }
  return parsed;
}

function fixFor(variable: string): string {
  return ENV_FIX_HINTS[variable] ?? 'set a non-empty value';
}

function chooseMode(parsed: ParsedEnv): RuntimeMode {
  const explicit = parsed[ENV.runtimeMode];
  if (explicit !== undefined) return explicit;
  return AWS_ONLY.some((variable) => variable in parsed) ? 'aws' : 'embedded';
}

function buildEmbedded(
  parsed: ParsedEnv,
  options: ParseConfigOptions,
  issues: IssueList,
): AppConfig {
  rejectPresent(
    parsed,
    AWS_ONLY,
    issues,
    'is only read in aws mode',
    'unset it, or set CAH_RUNTIME_MODE=aws',
  );
  const host = parsed[ENV.host] ?? '127.0.0.1';
  if (!isLoopback(host)) {
    issues.add(
      ENV.host,
      'embedded mode serves /chat without a key, so it must listen on loopback only',
      'unset it (127.0.0.1), or deploy in aws mode where /chat requires a bearer key',
    );
  }
  if (parsed[ENV.telegramUpdateMode] === 'polling' && parsed[ENV.telegramBotToken] === undefined) {
    issues.add(ENV.telegramUpdateMode, 'polling needs a bot token', 'set TELEGRAM_BOT_TOKEN too');
  }
  const secrets: EmbeddedSecretsConfig = {
    kind: 'embedded',
    botToken: parsed[ENV.telegramBotToken] ?? null,
    webhookSecret: parsed[ENV.telegramWebhookSecret] ?? null,
  };
  return {
    ...common(parsed, issues, 'offline'),
    telegram: telegramConfig(parsed, options.defaultUpdateMode ?? 'webhook'),
    mode: 'embedded',
    server: { host, port: parsed[ENV.port] ?? DEFAULT_PORT },
    storage: { kind: 'embedded', dataDir: parsed[ENV.dataDir] ?? join(options.repoRoot, '.data') },
    secrets,
  };
}

function buildAws(parsed: ParsedEnv, issues: IssueList): AppConfig {
  rejectPresent(
    parsed,
    [ENV.telegramBotToken, ENV.telegramWebhookSecret, ENV.dataDir],
    issues,
    'is only read in embedded mode; aws mode reads secrets from Secrets Manager',
    'unset it and pass the Secrets Manager id in the matching *_SECRET_NAME variable',
  );
  const region = required(parsed, ENV.awsRegion, issues);
  if (parsed[ENV.telegramUpdateMode] === 'polling') {
    issues.add(
      ENV.telegramUpdateMode,
      'polling is for local use: several tasks polling one bot conflict',
      'unset it; deployed tasks receive updates on /webhook',
    );
  }
  return {
    ...common(parsed, issues, 'bedrock'),
    telegram: telegramConfig(parsed, 'webhook'),
    mode: 'aws',
    server: { host: parsed[ENV.host] ?? '0.0.0.0', port: parsed[ENV.port] ?? DEFAULT_PORT },
    storage: awsStorage(parsed, region, issues),
    secrets: awsSecrets(parsed, issues),
  };
}

function common(
  parsed: ParsedEnv,
  issues: IssueList,
  defaultProvider: ModelConfig['provider'],
): Pick<AppConfig, 'logLevel' | 'model'> {
  return {
    logLevel: parsed[ENV.logLevel] ?? 'info',
    model: modelConfig(parsed, issues, defaultProvider),
  };
}

function telegramConfig(parsed: ParsedEnv, defaultMode: TelegramUpdateMode): AppConfig['telegram'] {
  return {
    apiRoot: (parsed[ENV.telegramApiRoot] ?? DEFAULT_TELEGRAM_API_ROOT).replace(/\/+$/, ''),
    updateMode: parsed[ENV.telegramUpdateMode] ?? defaultMode,
  };
}

function modelConfig(
  parsed: ParsedEnv,
  issues: IssueList,
  defaultProvider: ModelConfig['provider'],
): ModelConfig {
  const provider = parsed[ENV.modelProvider] ?? defaultProvider;
  const bedrockOnly = [ENV.bedrockModelId, ENV.bedrockRegion, ENV.bedrockEndpoint];
  if (provider === 'offline') {
    rejectPresent(
      parsed,
      bedrockOnly,
      issues,
      'is set but MODEL_PROVIDER is offline',
      'unset it, or set MODEL_PROVIDER=bedrock',
    );
    return { provider };
  }
  const modelId = required(
    parsed,
    ENV.bedrockModelId,
    issues,
    'set the Bedrock model or inference profile id',
  );
  const region = parsed[ENV.bedrockRegion] ?? parsed[ENV.awsRegion];
  if (region === undefined) {
    issues.add(
      ENV.bedrockRegion,
      'is required with MODEL_PROVIDER=bedrock',
      'set BEDROCK_REGION or AWS_REGION',
    );
  }
  return { provider, modelId, region: region ?? '', endpoint: parsed[ENV.bedrockEndpoint] ?? null };
}

function awsStorage(parsed: ParsedEnv, region: string, issues: IssueList): AwsStorageConfig {
  const entries = Object.entries(TABLES).map(([key, table]) => [
    key,
    required(parsed, table.envName, issues),
  ]);
  return {
    kind: 'aws',
    region,
    tables: Object.fromEntries(entries) as Record<TableName, string>,
    buckets: {
      uploads: required(parsed, ENV.uploadsBucket, issues),
      assets: required(parsed, ENV.assetsBucket, issues),
    },
  };
}

function awsSecrets(parsed: ParsedEnv, issues: IssueList): AwsSecretsConfig {
  const hint = 'set the Secrets Manager name or ARN the stack created';
  return {
    kind: 'aws',
    telegramSecretId: required(parsed, ENV.telegramSecret, issues, hint),
    webhookSecretId: required(parsed, ENV.webhookSecret, issues, hint),
    chatApiKeySecretId: required(parsed, ENV.chatApiKeySecret, issues, hint),
    serperSecretId: parsed[ENV.serperSecret] ?? null,
  };
}

function required(
  parsed: ParsedEnv,
  variable: keyof ParsedEnv,
  issues: IssueList,
  fix?: string,
): string {
  const value = parsed[variable];
  if (typeof value === 'string') return value;
  if (!issues.has(variable)) issues.add(variable, 'is required in this mode', fix ?? 'set it');
  return '';
}

function rejectPresent(
  parsed: ParsedEnv,
  variables: readonly string[],
  issues: IssueList,
  problem: string,
  fix: string,
): void {
  for (const variable of variables) if (variable in parsed) issues.add(variable, problem, fix);
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
