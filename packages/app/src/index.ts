// Public surface of @ctrl-alt-heal/app.

export { ENV } from './config/env-names';
export type { EnvName } from './config/env-names';
export { TABLES } from './storage/table-definitions';
export type { TableDefinition, TableName } from './storage/table-definitions';

// Errors
export { AppError } from './app-error';

// Storage
export { StorageUnavailableError } from './storage/storage-unavailable-error';
export { embeddedTableNames } from './storage/table-names';
export type { TableNames } from './storage/table-names';
export { DynamoIdentityStore } from './storage/dynamo-identity-store';
export type {
  DynamoIdentityStoreOptions,
  IdentityProvider,
  ResolvedUser,
} from './storage/dynamo-identity-store';
export { DynamoUpdateClaims } from './storage/dynamo-update-claims';
export type { DynamoUpdateClaimsOptions } from './storage/dynamo-update-claims';
export { DynamoProfileStore } from './storage/dynamo-profile-store';
export type { DynamoProfileStoreOptions } from './storage/dynamo-profile-store';
export { DynamoPrescriptionStore } from './storage/dynamo-prescription-store';
export type { DynamoPrescriptionStoreOptions } from './storage/dynamo-prescription-store';
export { DynamoConversationStore } from './storage/dynamo-conversation-store';
export type { DynamoConversationStoreOptions } from './storage/dynamo-conversation-store';
export { DynamoFhirResourceStore } from './storage/dynamo-fhir-resource-store';
export type {
  DynamoFhirResourceStoreOptions,
  FhirResourceJson,
  StoredFhirResource,
} from './storage/dynamo-fhir-resource-store';
export { S3BlobStore, blobKeyOf } from './storage/blob-store';
export type { BlobStore, S3BlobStoreOptions, StoredBlob } from './storage/blob-store';
export { deleteAllUserData } from './storage/delete-all-user-data';
export type { DeleteAllUserDataOptions, DeletedUserData } from './storage/delete-all-user-data';

// Embedded mode
export { startEmbeddedServices, EMBEDDED_BUCKET_NAMES } from './embedded/start-embedded-services';
export type {
  BucketNames,
  EmbeddedServices,
  EmbeddedServicesLogger,
  EmbeddedServicesOptions,
} from './embedded/start-embedded-services';
export { createEmbeddedClients } from './embedded/create-embedded-clients';
export type { EmbeddedClients, EmbeddedEndpoints } from './embedded/create-embedded-clients';

// Configuration
export { parseConfig, DEFAULT_PORT, DEFAULT_TELEGRAM_API_ROOT } from './config/parse-config';
export type { ParseConfigOptions } from './config/parse-config';
export type {
  AppConfig,
  AwsSecretsConfig,
  AwsStorageConfig,
  EmbeddedSecretsConfig,
  EmbeddedStorageConfig,
  ModelConfig,
  RuntimeMode,
  TelegramUpdateMode,
} from './config/app-config';
export { ConfigError } from './config/config-error';
export type { ConfigIssue } from './config/config-error';
export { loadRuntimeSecrets, WEBHOOK_SECRET_FILE } from './config/runtime-secrets';
export type { LoadSecretsOptions, RuntimeSecrets, SecretReader } from './config/runtime-secrets';

// Logging
export { createJsonLogger } from './logging/json-logger';
export type { JsonLoggerOptions } from './logging/json-logger';
export type { LogFields, LogLevel, Logger } from './logging/logger';
export { RedactionList } from './logging/redaction-list';
export { createChatRef } from './logging/chat-ref';

// HTTP server
export { createHttpApp, MAX_BODY_BYTES } from './server/create-http-app';
export type { HttpAppOptions } from './server/create-http-app';
export { listenHttp } from './server/http-server';
export type { RunningHttpServer } from './server/http-server';
export { WEBHOOK_SECRET_HEADER } from './server/request-guards';

// Telegram adapter
export { TelegramApiError, TelegramUnreachableError } from './telegram/telegram-errors';
export { createTelegramBot } from './telegram/create-telegram-bot';
export type { TelegramBotOptions } from './telegram/create-telegram-bot';
export { splitHtmlMessage, TELEGRAM_MESSAGE_LIMIT } from './telegram/split-html-message';
export { escapeHtml } from './telegram/escape-html';
export { parseTelegramUpdate } from './telegram/telegram-update-schema';
export type { TelegramUpdate } from './telegram/telegram-update-schema';

// Update intake
export { ChatSerialQueue } from './intake/chat-serial-queue';
export { UpdateIntake } from './intake/update-intake';
export type { IntakeOutcome, UpdateClaims, UpdateProcessor } from './intake/update-intake';
export type { TurnAction, TurnReply, TurnRunner, TurnStreamEvent } from './intake/turn-runner';

// Composition
export { startApp } from './composition/start-app';
export type { RunningApp, StartAppOptions } from './composition/start-app';
export { SHUTDOWN_MAX_WAIT_MS } from './composition/graceful-shutdown';
export { ENDPOINTS_FILE } from './composition/embedded-endpoints-file';
