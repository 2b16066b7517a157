import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ConversationMessage, ConversationStore } from '@ctrl-alt-heal/agent';
import { conversationItemSchema, parseConversationBody } from './conversation-item';
import { isConditionalCheckFailed, translateStorageError } from './dynamo-error-translation';
import type { TableNames } from './table-names';

const SEQUENCE_DIGITS = 12;

/** How many times `append` re-reads the last key after losing a race to another writer. */
const MAX_APPEND_ATTEMPTS = 5;

/** Settings of {@link DynamoConversationStore}. */
export interface DynamoConversationStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'conversations'>;
  /**
   * How long messages are kept, in seconds (written as `expiresAt` for TTL); null keeps them
   * until the user runs /forget. @defaultValue null
   */
  readonly retentionSeconds?: number | null;
  /** Clock. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
}

/**
 * Conversation history in DynamoDB. Each message is one item whose sort key is a zero-padded
 * sequence number, so a query returns messages in the order they were appended. Each append
 * writes with `attribute_not_exists`, so two writers never overwrite each other's messages.
 *
 * TODO: a message whose JSON exceeds DynamoDB's 400 KB item limit (a very long tool result)
 * is rejected with a ValidationException, rethrown as is; meanwhile the turn fails loudly and
 * nothing already stored is changed, so no history is silently lost or reordered. Tool results
 * should be capped (or spilled to the blob store) before they reach this store.
 */
export class DynamoConversationStore implements ConversationStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly retentionSeconds: number | null;
  private readonly now: () => Date;

  /** @param options - Client, table name, retention and clock. */
  constructor(options: DynamoConversationStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.conversations;
    this.retentionSeconds = options.retentionSeconds ?? null;
    this.now = options.now ?? ((): Date => new Date());
  }

  /**
   * The most recent `limit` messages, oldest first.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async loadRecent(userId: string, limit: number): Promise<ConversationMessage[]> {
    if (limit <= 0) {
      return [];
    }
    const items = await this.queryNewest(userId, limit);
    return items.map((item) => parseConversationBody(item.body)).reverse();
  }

  /**
   * Appends messages in order after everything already stored.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   * @throws Error when other writers keep taking the next sequence number (a bug: turns of
   *   one user run one at a time).
   */
  async append(userId: string, messages: readonly ConversationMessage[]): Promise<void> {
    if (messages.length === 0) {
      return;
    }
    let next = await this.nextSequence(userId);
    let attempts = 0;
    for (const message of messages) {
      while (!(await this.putMessage(userId, next, message))) {
        attempts += 1;
        if (attempts >= MAX_APPEND_ATTEMPTS) {
          throw new Error(`conversation append kept colliding after ${attempts} attempts`);
        }
        next = await this.nextSequence(userId);
      }
      next += 1;
    }
  }

  private async nextSequence(userId: string): Promise<number> {
    const [newest] = await this.queryNewest(userId, 1);
    return newest === undefined ? 1 : Number(newest.messageKey) + 1;
  }

  private async queryNewest(
    userId: string,
    limit: number,
  ): Promise<{ messageKey: string; body: string }[]> {
    try {
      const result = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'userId = :userId',
          ExpressionAttributeValues: { ':userId': userId },
          ScanIndexForward: false,
          Limit: limit,
          ConsistentRead: true,
        }),
      );
      return (result.Items ?? []).map((item) => conversationItemSchema.parse(item));
    } catch (error) {
      return translateStorageError('conversations.loadRecent', error);
    }
  }

  private async putMessage(
    userId: string,
    sequence: number,
    message: ConversationMessage,
  ): Promise<boolean> {
    const expiresAt =
      this.retentionSeconds === null
        ? undefined
        : Math.floor(this.now().getTime() / 1000) + this.retentionSeconds;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            userId,
            messageKey: String(sequence).padStart(SEQUENCE_DIGITS, '0'),
            body: JSON.stringify(message),
            createdAt: this.now().toISOString(),
            ...(expiresAt === undefined ? {} : { expiresAt }),
          },
          ConditionExpression: 'attribute_not_exists(messageKey)',
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        return false;
      }
      return translateStorageError('conversations.append', error);
    }
  }
}
