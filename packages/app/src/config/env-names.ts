/**
 * The names of every environment variable the app reads. This module has no imports so that
 * infra can import it too: renaming a variable breaks synth, not production.
 */
export const ENV = {
  /** `embedded` runs on local servers and the offline model; `aws` uses the deployed resources. */
  runtimeMode: 'CAH_RUNTIME_MODE',
  port: 'PORT',
  host: 'HOST',
  logLevel: 'LOG_LEVEL',
  awsRegion: 'AWS_REGION',
  /** Folder for embedded data (DynamoDB files, blobs). */
  dataDir: 'CAH_DATA_DIR',

  usersTable: 'USERS_TABLE_NAME',
  identitiesTable: 'IDENTITIES_TABLE_NAME',
  conversationsTable: 'CONVERSATIONS_TABLE_NAME',
  prescriptionsTable: 'PRESCRIPTIONS_TABLE_NAME',
  fhirDataTable: 'FHIR_DATA_TABLE_NAME',
  processedUpdatesTable: 'PROCESSED_UPDATES_TABLE_NAME',
  dosesTable: 'DOSES_TABLE_NAME',
  uploadsBucket: 'UPLOADS_BUCKET_NAME',
  assetsBucket: 'ASSETS_BUCKET_NAME',

  /** Secrets Manager id (name or ARN) of the Telegram bot token. */
  telegramSecret: 'TELEGRAM_SECRET_NAME',
  /** Secrets Manager id of the web-search API key. */
  serperSecret: 'SERPER_SECRET_NAME',
  /** Secrets Manager id of the generated webhook secret token. */
  webhookSecret: 'WEBHOOK_SECRET_NAME',
  /** Secrets Manager id of the generated bearer key for /chat and /chat-streaming. */
  chatApiKeySecret: 'CHAT_API_KEY_SECRET_NAME',

  /** Local mode only: the bot token given directly. */
  telegramBotToken: 'TELEGRAM_BOT_TOKEN',
  /** Local mode only: the webhook secret token given directly. */
  telegramWebhookSecret: 'TELEGRAM_WEBHOOK_SECRET',
  /** Bot API root, default https://api.telegram.org; tests point it at a fake. */
  telegramApiRoot: 'TELEGRAM_API_ROOT',
  /** `webhook` or `polling` (embedded only); default webhook, or polling for `npm start` with a token. */
  telegramUpdateMode: 'TELEGRAM_UPDATE_MODE',

  /** `bedrock` or `offline`. */
  modelProvider: 'MODEL_PROVIDER',
  bedrockModelId: 'BEDROCK_MODEL_ID',
  bedrockRegion: 'BEDROCK_REGION',
  /** Endpoint override for the Bedrock Runtime client (tests use a fake on 127.0.0.1). */
  bedrockEndpoint: 'BEDROCK_ENDPOINT',
} as const;

/** One of the environment variable names above. */
export type EnvName = (typeof ENV)[keyof typeof ENV];
