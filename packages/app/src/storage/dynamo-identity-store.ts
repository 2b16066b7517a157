import { randomUUID } from 'node:crypto';
import {
  DeleteCommand,
  GetCommand,
  PutCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { isConditionalCheckFailed, translateStorageError } from './dynamo-error-translation';
import type { TableNames } from './table-names';

/** The outside systems a user can come from. */
export type IdentityProvider = 'telegram';

/** The internal user an external identity maps to. */
export interface ResolvedUser {
  readonly userId: string;
  /** True only for the one call that created the user. */
  readonly created: boolean;
}

/** Settings of {@link DynamoIdentityStore}. */
export interface DynamoIdentityStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'identities' | 'users'>;
  /** Clock. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** New internal user ids. @defaultValue `crypto.randomUUID` */
  readonly newUserId?: () => string;
}

const identityItemSchema = z.object({
  identityKey: z.string(),
  userId: z.string().min(1),
});

/** The key of an identity item: `<provider>:<external id>`. */
export function identityKeyOf(provider: IdentityProvider, externalId: string): string {
  return `${provider}:${externalId}`;
}

/**
 * Maps external identities (the sender's Telegram user id, never the chat id) to internal
 * users. The first contact creates the user atomically: a conditional put on the identity item
 * decides the winner among concurrent first contacts, and every loser reads the winner back.
 */
export class DynamoIdentityStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tables: Pick<TableNames, 'identities' | 'users'>;
  private readonly now: () => Date;
  private readonly newUserId: () => string;

  /** @param options - Client, table names, clock and id generator. */
  constructor(options: DynamoIdentityStoreOptions) {
    this.client = options.client;
    this.tables = options.tableNames;
    this.now = options.now ?? ((): Date => new Date());
    this.newUserId = options.newUserId ?? randomUUID;
  }

  /**
   * The internal user of an external identity, created with an empty profile on first contact.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async resolveUser(provider: IdentityProvider, externalId: string): Promise<ResolvedUser> {
    const identityKey = identityKeyOf(provider, externalId);
    const existing = await this.readUserId(identityKey);
    if (existing !== null) {
      return { userId: existing, created: false };
    }
    return this.createUser(provider, externalId, identityKey);
  }

  private async createUser(
    provider: IdentityProvider,
    externalId: string,
    identityKey: string,
  ): Promise<ResolvedUser> {
    const userId = this.newUserId();
    const createdAt = this.now().toISOString();

    // The profile goes first so that an identity never points at a missing profile; a crash
    // between the two writes leaves only an empty, unreachable profile.
    await this.putProfile(userId, createdAt);

    const won = await this.putIdentity({ identityKey, userId, provider, externalId, createdAt });
    if (won) {
      return { userId, created: true };
    }

    await this.deleteProfile(userId);
    const winner = await this.readUserId(identityKey);
    if (winner === null) {
      // The winning identity vanished between its write and our read: only /forget deletes it.
      throw new Error(`identity ${provider} was deleted while it was being created`);
    }
    return { userId: winner, created: false };
  }

  private async readUserId(identityKey: string): Promise<string | null> {
    try {
      const result = await this.client.send(
        new GetCommand({
          TableName: this.tables.identities,
          Key: { identityKey },
          ConsistentRead: true,
        }),
      );
      return result.Item === undefined ? null : identityItemSchema.parse(result.Item).userId;
    } catch (error) {
      return translateStorageError('identities.read', error);
    }
  }

  private async putIdentity(item: Record<string, string>): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tables.identities,
          Item: item,
          ConditionExpression: 'attribute_not_exists(identityKey)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        return false;
      }
      return translateStorageError('identities.create', error);
    }
  }

  private async putProfile(userId: string, createdAt: string): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tables.users,
          Item: { userId, createdAt },
          ConditionExpression: 'attribute_not_exists(userId)',
        }),
      );
    } catch (error) {
      translateStorageError('users.create', error);
    }
  }

  private async deleteProfile(userId: string): Promise<void> {
    try {
      await this.client.send(new DeleteCommand({ TableName: this.tables.users, Key: { userId } }));
    } catch (error) {
      translateStorageError('users.deleteOrphan', error);
    }
  }
}
