import { GetCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import {
  isConditionalCheckFailed,
  translateStorageError,
} from '../storage/dynamo-error-translation';
import type { TableNames } from '../storage/table-names';

/** Settings of {@link ReminderBlockFlags}. */
export interface ReminderBlockFlagsOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'users'>;
}

/** Whether reminders to a user are stopped; narrow view for planners and senders. */
export interface ReminderBlockReader {
  /** @throws StorageUnavailableError when the store cannot answer. */
  isBlocked(userId: string): Promise<boolean>;
}

/**
 * The `remindersBlocked` flag on a user's profile item (users table). Telegram answers 403 when
 * the user blocked the bot; from then on no reminder is planned or sent until the user speaks
 * to the bot again (a dose button press or a confirmed prescription clears the flag).
 *
 * TODO: a plain text message does not clear the flag; meanwhile a user who unblocked the bot
 * gets reminders again from their next button press or confirmed prescription, which is safe
 * because a missing reminder is recorded `missed`, never silently dropped.
 */
export class ReminderBlockFlags implements ReminderBlockReader {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  /** @param options - Client and table names. */
  constructor(options: ReminderBlockFlagsOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.users;
  }

  /**
   * True when reminders to this user are stopped.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async isBlocked(userId: string): Promise<boolean> {
    try {
      const result = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { userId },
          ProjectionExpression: 'remindersBlocked',
        }),
      );
      return result.Item?.remindersBlocked === true;
    } catch (error) {
      return translateStorageError('users.isRemindersBlocked', error);
    }
  }

  /**
   * Sets or clears the flag. Only an existing profile is touched, so a user deleted by /forget
   * is not brought back as an empty item.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async setBlocked(userId: string, blocked: boolean): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId },
          UpdateExpression: blocked ? 'SET remindersBlocked = :yes' : 'REMOVE remindersBlocked',
          ConditionExpression: 'attribute_exists(userId)',
          ...(blocked ? { ExpressionAttributeValues: { ':yes': true } } : {}),
        }),
      );
    } catch (error) {
      // No profile: the user is gone, nothing to flag.
      if (isConditionalCheckFailed(error)) return;
      translateStorageError('users.setRemindersBlocked', error);
    }
  }
}
