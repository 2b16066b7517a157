import { DeleteCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isConditionalCheckFailed, translateStorageError } from './dynamo-error-translation';
import type { TableNames } from './table-names';

/** Telegram keeps an undelivered update for 24 hours, so a claim must outlive that. */
export const MIN_UPDATE_CLAIM_SECONDS = 24 * 60 * 60;

/** Default lifetime of a claim: 48 hours. */
export const DEFAULT_UPDATE_CLAIM_SECONDS = 48 * 60 * 60;

/** Settings of {@link DynamoUpdateClaims}. */
export interface DynamoUpdateClaimsOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'processedUpdates'>;
  /**
   * How long a claim is kept, in seconds; at least {@link MIN_UPDATE_CLAIM_SECONDS}.
   * @defaultValue {@link DEFAULT_UPDATE_CLAIM_SECONDS} (48 h)
   */
  readonly retentionSeconds?: number;
  /** Clock. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
}

/**
 * Claims each Telegram `update_id` once, so a redelivered update is answered 200 and not
 * processed again. A claim is a conditional put whose `expiresAt` (epoch seconds) lets
 * DynamoDB's TTL remove it later.
 *
 * DynamoDB deletes expired items only eventually (often days later) and dynalite never does,
 * so the claim condition itself also treats an expired claim as free.
 */
export class DynamoUpdateClaims {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly retentionSeconds: number;
  private readonly now: () => Date;

  /**
   * @param options - Client, table name, retention and clock.
   * @throws Error when `retentionSeconds` is under 24 hours.
   */
  constructor(options: DynamoUpdateClaimsOptions) {
    const retentionSeconds = options.retentionSeconds ?? DEFAULT_UPDATE_CLAIM_SECONDS;
    if (!Number.isInteger(retentionSeconds) || retentionSeconds < MIN_UPDATE_CLAIM_SECONDS) {
      throw new Error(
        `update claims must be kept at least ${MIN_UPDATE_CLAIM_SECONDS} s, got ${retentionSeconds}`,
      );
    }
    this.client = options.client;
    this.tableName = options.tableNames.processedUpdates;
    this.retentionSeconds = retentionSeconds;
    this.now = options.now ?? ((): Date => new Date());
  }

  /**
   * Claims an update. True for exactly one caller per update id within the retention.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async claim(updateId: number): Promise<boolean> {
    const nowSeconds = Math.floor(this.now().getTime() / 1000);
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            updateKey: updateKeyOf(updateId),
            claimedAt: this.now().toISOString(),
            expiresAt: nowSeconds + this.retentionSeconds,
          },
          ConditionExpression: 'attribute_not_exists(#key) OR #expires <= :now',
          ExpressionAttributeNames: { '#key': 'updateKey', '#expires': 'expiresAt' },
          ExpressionAttributeValues: { ':now': nowSeconds },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        return false;
      }
      return translateStorageError('processedUpdates.claim', error);
    }
  }

  /**
   * Gives a claim back so a redelivery is processed, for an update whose turn never started
   * (for example on shutdown). Releasing an unclaimed update does nothing.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async release(updateId: number): Promise<void> {
    try {
      await this.client.send(
        new DeleteCommand({ TableName: this.tableName, Key: { updateKey: updateKeyOf(updateId) } }),
      );
    } catch (error) {
      translateStorageError('processedUpdates.release', error);
    }
  }
}

function updateKeyOf(updateId: number): string {
  return `telegram:${updateId}`;
}
