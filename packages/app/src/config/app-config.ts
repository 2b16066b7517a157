import type { LogLevel } from '../logging/logger';
import type { TableName } from '../storage/table-definitions';

/** `embedded` runs on local servers and the offline model; `aws` uses the deployed resources. */
export type RuntimeMode = 'embedded' | 'aws';

/** How Telegram updates reach the app. Polling is for local use only (one poller per bot). */
export type TelegramUpdateMode = 'webhook' | 'polling';

/** Which model answers turns. */
export type ModelConfig =
  | { readonly provider: 'offline' }
  | {
      readonly provider: 'bedrock';
      readonly modelId: string;
      readonly region: string;
      /** Endpoint override (tests point it at a fake); null for the regional endpoint. */
      readonly endpoint: string | null;
    };

/** Embedded DynamoDB-compatible and S3-compatible servers with data on disk. */
export interface EmbeddedStorageConfig {
  readonly kind: 'embedded';
  /** Absolute folder holding the embedded data, the generated webhook secret and endpoints. */
  readonly dataDir: string;
}

/** The deployed tables and buckets, by the names the stack passes in. */
export interface AwsStorageConfig {
  readonly kind: 'aws';
  readonly region: string;
  readonly tables: Readonly<Record<TableName, string>>;
  readonly buckets: { readonly uploads: string; readonly assets: string };
}

/** Local secrets: given in the environment, or (webhook secret) generated into the data dir. */
export interface EmbeddedSecretsConfig {
  readonly kind: 'embedded';
  /** Null runs without Telegram: `/chat` works, `/webhook` answers 503. */
  readonly botToken: string | null;
  /** Null generates one into the data dir on first start. */
  readonly webhookSecret: string | null;
}

/** Secrets Manager ids (names or ARNs) read once at boot; never the values. */
export interface AwsSecretsConfig {
  readonly kind: 'aws';
  readonly telegramSecretId: string;
  readonly webhookSecretId: string;
  readonly chatApiKeySecretId: string;
  readonly serperSecretId: string | null;
}

/**
 * Everything the app needs to start, parsed once from the environment and frozen. Secret
 * values appear only in embedded mode (given by the developer); never log this object whole.
 */
export interface AppConfig {
  readonly mode: RuntimeMode;
  readonly server: { readonly host: string; readonly port: number };
  readonly logLevel: LogLevel;
  readonly model: ModelConfig;
  readonly telegram: {
    readonly apiRoot: string;
    /** How updates arrive: Telegram calls `/webhook`, or the app long-polls `getUpdates`. */
    readonly updateMode: TelegramUpdateMode;
  };
  readonly storage: EmbeddedStorageConfig | AwsStorageConfig;
  readonly secrets: EmbeddedSecretsConfig | AwsSecretsConfig;
}
