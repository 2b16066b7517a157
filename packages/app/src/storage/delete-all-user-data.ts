import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { BlobStore } from './blob-store';
import { batchDeleteKeys, type BatchDeleteKeysOptions } from './batch-delete-keys';
import { queryAllItems } from './query-all-items';
import { TABLES, type TableName } from './table-definitions';
import type { TableNames } from './table-names';

/** Settings of {@link deleteAllUserData}. */
export interface DeleteAllUserDataOptions extends BatchDeleteKeysOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: TableNames;
  /** The uploads store; when absent, uploads are left alone. @defaultValue none */
  readonly blobStore?: BlobStore;
}

/** How many items (and blobs) were deleted, per table. */
export type DeletedUserData = Readonly<Record<UserTable, number>> & { readonly blobs: number };

// Tables keyed by user id, in deletion order: identities first so that no new message reaches
// this user while the rest goes, the profile last.
const USER_TABLES = ['conversations', 'prescriptions', 'fhirData', 'doses', 'users'] as const;
type UserTable = (typeof USER_TABLES)[number] | 'identities';

const keyValueSchema = z.union([z.string(), z.number()]);

/**
 * Deletes everything of one user (for /forget): identities (found through the `byUser`
 * index), conversations, prescriptions, FHIR resources, doses, uploads and the profile. Reads
 * and deletes page by page; deleting an unknown user deletes nothing.
 *
 * TODO: a turn already running for this user may write a message or a draft after its table
 * was emptied; meanwhile such an item is unreachable (the identity is gone, so the next
 * contact creates a new user id) and the caller can run this again, so nothing leaks to another
 * user.
 *
 * @throws StorageUnavailableError when DynamoDB or S3 is throttled or unreachable; running it
 *   again continues where it stopped.
 */
export async function deleteAllUserData(
  userId: string,
  options: DeleteAllUserDataOptions,
): Promise<DeletedUserData> {
  const identities = await deleteIdentities(userId, options);
  const counts: Partial<Record<UserTable, number>> = { identities };
  for (const table of USER_TABLES) {
    counts[table] = await deleteByPartition(table, userId, options);
  }
  const blobs = (await options.blobStore?.deleteAllForUser(userId)) ?? 0;
  return {
    identities,
    conversations: counts.conversations ?? 0,
    prescriptions: counts.prescriptions ?? 0,
    fhirData: counts.fhirData ?? 0,
    doses: counts.doses ?? 0,
    users: counts.users ?? 0,
    blobs,
  };
}

async function deleteIdentities(
  userId: string,
  options: DeleteAllUserDataOptions,
): Promise<number> {
  const definition = TABLES.identities;
  const tableName = options.tableNames.identities;
  const [byUser] = definition.indexes;
  const items = await queryAllItems(options.client, 'identities.deleteAll', {
    TableName: tableName,
    IndexName: byUser.indexName,
    KeyConditionExpression: '#user = :userId',
    ExpressionAttributeNames: { '#user': byUser.partitionKey.name },
    ExpressionAttributeValues: { ':userId': userId },
  });
  const keys = items.map((item) => pickKey(item, [definition.partitionKey.name]));
  await batchDeleteKeys(options.client, tableName, keys, options);
  return keys.length;
}

async function deleteByPartition(
  table: TableName,
  userId: string,
  options: DeleteAllUserDataOptions,
): Promise<number> {
  const definition = TABLES[table];
  const keyNames = [
    definition.partitionKey.name,
    ...('sortKey' in definition ? [definition.sortKey.name] : []),
  ];
  const tableName = options.tableNames[table];
  const items = await queryAllItems(options.client, `${table}.deleteAll`, {
    TableName: tableName,
    KeyConditionExpression: '#pk = :userId',
    ProjectionExpression: keyNames.map((_, index) => `#k${index}`).join(', '),
    ExpressionAttributeNames: {
      '#pk': definition.partitionKey.name,
      ...Object.fromEntries(keyNames.map((name, index) => [`#k${index}`, name])),
    },
    ExpressionAttributeValues: { ':userId': userId },
  });
  const keys = items.map((item) => pickKey(item, keyNames));
  await batchDeleteKeys(options.client, tableName, keys, options);
  return keys.length;
}

function pickKey(
  item: Record<string, unknown>,
  keyNames: readonly string[],
): Record<string, unknown> {
  return Object.fromEntries(keyNames.map((name) => [name, keyValueSchema.parse(item[name])]));
}
