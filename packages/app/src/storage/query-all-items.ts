import {
  QueryCommand,
  type DynamoDBDocumentClient,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { translateStorageError } from './dynamo-error-translation';

/**
 * Runs a DynamoDB query to the end, following `LastEvaluatedKey` page by page, and returns
 * every item unparsed (the caller parses them with its schema).
 *
 * @param client - The document client.
 * @param operation - Store operation name for {@link StorageUnavailableError}.
 * @param input - The query; `ExclusiveStartKey` is managed here.
 * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
 */
export async function queryAllItems(
  client: DynamoDBDocumentClient,
  operation: string,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): Promise<Record<string, unknown>[]> {
  const items: Record<string, unknown>[] = [];
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await queryPage(client, operation, { ...input, ExclusiveStartKey: startKey });
    items.push(...(page.Items ?? []));
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
  return items;
}

async function queryPage(
  client: DynamoDBDocumentClient,
  operation: string,
  input: QueryCommandInput,
): Promise<{ Items?: Record<string, unknown>[]; LastEvaluatedKey?: Record<string, unknown> }> {
  try {
    return await client.send(new QueryCommand(input));
  } catch (error) {
    return translateStorageError(operation, error);
  }
}
