import type { ProfileStore } from '@ctrl-alt-heal/agent';
import type { Logger } from '../logging/logger';
import { DynamoConversationStore } from '../storage/dynamo-conversation-store';
import { DynamoIdentityStore } from '../storage/dynamo-identity-store';
import { DynamoPrescriptionStore } from '../storage/dynamo-prescription-store';
import { DynamoProfileStore } from '../storage/dynamo-profile-store';
import { DynamoUpdateClaims } from '../storage/dynamo-update-claims';
import type { StorageHandles } from './open-storage';

/** Every store the runtime uses, over one DynamoDB client. */
export interface AppStores {
  readonly identities: DynamoIdentityStore;
  readonly claims: DynamoUpdateClaims;
  /** The users' profiles; the composition root wraps it so a zone change moves schedules. */
  readonly profiles: ProfileStore;
  readonly prescriptions: DynamoPrescriptionStore;
  readonly conversations: DynamoConversationStore;
}

/**
 * Builds the stores on the opened storage with the app's clock and id generator; `logger`
 * (default: none) receives the prescription store's warnings.
 */
export function createStores(
  storage: StorageHandles,
  clock: { readonly now: () => Date; readonly newId: () => string },
  logger?: Logger,
): AppStores {
  const base = { client: storage.dynamo, tableNames: storage.tableNames, now: clock.now };
  return {
    identities: new DynamoIdentityStore({ ...base, newUserId: clock.newId }),
    claims: new DynamoUpdateClaims(base),
    profiles: new DynamoProfileStore(base),
    prescriptions: new DynamoPrescriptionStore(logger === undefined ? base : { ...base, logger }),
    conversations: new DynamoConversationStore(base),
  };
}
