// Test doubles of @ctrl-alt-heal/app for sibling packages' tests.

export { FakeTelegramApi } from './fake-telegram-api';
export type { FakeTelegramFailure, RecordedTelegramCall } from './fake-telegram-api';
export type { UploadedFile } from './read-bot-api-payload';
export { startFakeSecretsManager } from './fake-secrets-manager';
export type { FakeSecretsManager } from './fake-secrets-manager';
