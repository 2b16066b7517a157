import {
  BatchWriteCommand,
  type BatchWriteCommandOutput,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { translateStorageError } from './dynamo-error-translation';
import { StorageUnavailableError } from './storage-unavailable-error';

/** DynamoDB's limit of requests in one BatchWriteItem. */
const BATCH_SIZE = 25;

/** How often unprocessed items are retried before giving up. */
const MAX_ATTEMPTS = 8;

/** Settings of {@link batchDeleteKeys}. */
export interface BatchDeleteKeysOptions {
  /** Wait before retry `attempt` (1-based), in ms. @defaultValue 50 ms doubling, capped at 1 s */
  readonly backoffMs?: (attempt: number) => number;
}

type Key = Record<string, unknown>;

/**
 * Deletes items by key in batches of 25, retrying the items DynamoDB leaves unprocessed
 * (throttling) with a growing pause.
 *
 * @throws StorageUnavailableError when DynamoDB is unreachable, or items stay unprocessed
 *   after 8 attempts.
 */
export async function batchDeleteKeys(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
  options: BatchDeleteKeysOptions = {},
): Promise<void> {
  const backoffMs =
    options.backoffMs ?? ((attempt: number): number => Math.min(1000, 25 * 2 ** attempt));
  for (let start = 0; start < keys.length; start += BATCH_SIZE) {
    let pending = keys.slice(start, start + BATCH_SIZE);
    for (let attempt = 1; pending.length > 0; attempt += 1) {
      if (attempt > MAX_ATTEMPTS) {
        throw new StorageUnavailableError(
          `${tableName}.batchDelete`,
          new Error(`${pending.length} deletes stayed unprocessed`),
        );
      }
      if (attempt > 1) {
        await sleep(backoffMs(attempt - 1));
      }
      pending = await writeBatch(client, tableName, pending);
    }
  }
}

async function writeBatch(
  client: DynamoDBDocumentClient,
  tableName: string,
  keys: readonly Key[],
): Promise<Key[]> {
  let result: BatchWriteCommandOutput;
  try {
    result = await client.send(
      new BatchWriteCommand({
        RequestItems: { [tableName]: keys.map((Key) => ({ DeleteRequest: { Key } })) },
      }),
    );
  } catch (error) {
    return translateStorageError(`${tableName}.batchDelete`, error);
  }
  const unprocessed = result.UnprocessedItems?.[tableName] ?? [];
  return unprocessed.flatMap((request) =>
    request.DeleteRequest?.Key === undefined ? [] : [request.DeleteRequest.Key],
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
