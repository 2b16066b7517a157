import { randomUUID } from 'node:crypto';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { createAgentTools } from '@ctrl-alt-heal/agent';
import type { AppConfig } from '../config/app-config';
import { loadRuntimeSecrets, type RuntimeSecrets } from '../config/runtime-secrets';
import type { TurnRunner } from '../intake/turn-runner';
import type { Logger } from '../logging/logger';
import type { RedactionList } from '../logging/redaction-list';
import { createAgentTurnRunner } from './agent-turn-runner';
import { createModel, type ModelHandle } from './create-model';
import { createRezoningProfiles } from './create-rezoning-profiles';
import { createStores, type AppStores } from './create-stores';
import { openStorage, type StorageHandles } from './open-storage';
import { createSecretsManagerReader } from './secrets-manager-reader';

/** What {@link bootCore} needs. */
export interface BootCoreOptions {
  readonly config: AppConfig;
  readonly logger: Logger;
  readonly redaction: RedactionList;
  /** Clock. Default `() => new Date()`. */
  readonly now?: () => Date;
  /** Id generator. Default `crypto.randomUUID`. */
  readonly newId?: () => string;
}

/** The booted dependencies every route and turn shares. */
export interface AppCore {
  readonly secrets: RuntimeSecrets;
  readonly storage: StorageHandles;
  readonly stores: AppStores;
  readonly model: ModelHandle;
  readonly turns: TurnRunner;
}

/**
 * Boots what the routes need, in order: secrets, storage, stores, model, tools and the turn
 * runner. Storage opened before a later failure is closed again.
 *
 * @throws Error when secrets cannot be read or storage cannot start.
 */
export async function bootCore(options: BootCoreOptions): Promise<AppCore> {
  const { config, logger } = options;
  const now = options.now ?? ((): Date => new Date());
  const newId = options.newId ?? randomUUID;
  const secrets = await loadSecrets(options);
  const storage = await openStorage(config, logger);
  try {
    const plain = createStores(storage, { now, newId }, logger);
    const reminders = secrets.botToken !== null;
    const profiles = createRezoningProfiles(plain, storage, { now, logger, reminders });
    const stores: AppStores = { ...plain, profiles };
    const model = createModel(config.model);
    const tools = createAgentTools({
      prescriptions: stores.prescriptions,
      profiles: stores.profiles,
      newId,
    });
    const turns = createAgentTurnRunner({
      agent: { model: model.model, tools, conversations: stores.conversations, logger },
      profiles: stores.profiles,
      now,
    });
    return { secrets, storage, stores, model, turns };
  } catch (error) {
    await storage.close();
    throw error;
  }
}

/** Releases the model client and storage (embedded servers stop; data stays on disk). */
export async function closeCore(core: AppCore): Promise<void> {
  core.model.close();
  await core.storage.close();
}

async function loadSecrets(options: BootCoreOptions): Promise<RuntimeSecrets> {
  const { config, redaction, logger } = options;
  if (config.secrets.kind === 'embedded' || config.storage.kind === 'embedded') {
    return loadRuntimeSecrets(config, { redaction, logger });
  }
  const client = new SecretsManagerClient({ region: config.storage.region });
  try {
    const reader = createSecretsManagerReader(client);
    return await loadRuntimeSecrets(config, { reader, redaction, logger });
  } finally {
    client.destroy();
  }
}
