import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ProfileStore, UserProfile } from '@ctrl-alt-heal/agent';
import { z } from 'zod';
import { translateStorageError } from './dynamo-error-translation';
import type { TableNames } from './table-names';

/** Settings of {@link DynamoProfileStore}. */
export interface DynamoProfileStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'users'>;
  /** Clock, used when setting a zone creates the profile. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
}

const profileItemSchema = z.object({
  userId: z.string().min(1),
  timeZone: z.string().min(1).nullish(),
  createdAt: z.string().min(1),
});

/** User profiles in the users table, one item per internal user id. */
export class DynamoProfileStore implements ProfileStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly now: () => Date;

  /** @param options - Client, table name and clock. */
  constructor(options: DynamoProfileStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.users;
    this.now = options.now ?? ((): Date => new Date());
  }

  /**
   * The profile of a user, or null when there is none.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async get(userId: string): Promise<UserProfile | null> {
    try {
      const result = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { userId }, ConsistentRead: true }),
      );
      if (result.Item === undefined) {
        return null;
      }
      const item = profileItemSchema.parse(result.Item);
      return { userId: item.userId, timeZone: item.timeZone ?? null, createdAt: item.createdAt };
    } catch (error) {
      return translateStorageError('users.get', error);
    }
  }

  /**
   * Sets the user's IANA zone, creating the profile if it is missing.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async setTimeZone(userId: string, timeZone: string): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId },
          UpdateExpression: 'SET #zone = :zone, #created = if_not_exists(#created, :now)',
          // timeZone is a DynamoDB reserved word; every attribute name goes through a placeholder.
          ExpressionAttributeNames: { '#zone': 'timeZone', '#created': 'createdAt' },
          ExpressionAttributeValues: { ':zone': timeZone, ':now': this.now().toISOString() },
        }),
      );
    } catch (error) {
      translateStorageError('users.setTimeZone', error);
    }
  }
}
