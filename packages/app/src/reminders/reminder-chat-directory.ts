import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { queryAllItems } from '../storage/query-all-items';
import { TABLES } from '../storage/table-definitions';
import type { TableNames } from '../storage/table-names';

/** Where to send a user's reminders. */
export interface ReminderChatLookup {
  /** @throws StorageUnavailableError when the store cannot answer. */
  chatIdOf(userId: string): Promise<number | null>;
}

const identitySchema = z.object({ provider: z.string(), externalId: z.string() });

const BY_USER = TABLES.identities.indexes[0].indexName;

/**
 * Finds a user's Telegram chat through the identities table's `byUser` index. The bot serves
 * private chats only, and a private chat's id equals the user's Telegram id, which the identity
 * item already holds, so nothing extra is stored. Identities that are not numeric Telegram ids
 * (the local /chat user) have no chat.
 */
export class ReminderChatDirectory implements ReminderChatLookup {
  /**
   * @param client - The document client.
   * @param tableNames - Table names; only `identities` is read.
   */
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableNames: Pick<TableNames, 'identities'>,
  ) {}

  /**
   * The private chat id of the user's Telegram identity, or null when there is none.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async chatIdOf(userId: string): Promise<number | null> {
    const items = await queryAllItems(this.client, 'identities.chatOf', {
      TableName: this.tableNames.identities,
      IndexName: BY_USER,
      KeyConditionExpression: 'userId = :userId',
      ExpressionAttributeValues: { ':userId': userId },
    });
    for (const item of items) {
      const identity = identitySchema.safeParse(item);
      if (identity.success && identity.data.provider === 'telegram') {
        if (/^\d{1,15}$/.test(identity.data.externalId)) return Number(identity.data.externalId);
      }
    }
    return null;
  }
}
