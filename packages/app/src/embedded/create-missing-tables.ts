import {
  CreateTableCommand,
  ListTablesCommand,
  type AttributeDefinition,
  type CreateTableCommandInput,
  type DynamoDBClient,
  type KeySchemaElement,
} from '@aws-sdk/client-dynamodb';
import {
  TABLES,
  type KeyAttribute,
  type TableDefinition,
  type TableName,
} from '../storage/table-definitions';
import type { TableNames } from '../storage/table-names';

/**
 * Creates every table of {@link TABLES} that does not exist yet, from its definition (keys,
 * global secondary indexes projected in full, on-demand billing). TTL is not configured:
 * dynalite neither supports nor performs it, and the stores treat expired items as absent.
 *
 * @returns The short names of the tables it created.
 */
export async function createMissingTables(
  client: DynamoDBClient,
  tableNames: TableNames,
): Promise<TableName[]> {
  const existing = await listAllTables(client);
  const created: TableName[] = [];
  for (const [name, physicalName] of Object.entries(tableNames)) {
    if (existing.has(physicalName) || !isTableName(name)) {
      continue;
    }
    await client.send(new CreateTableCommand(createTableInput(TABLES[name], physicalName)));
    created.push(name);
  }
  return created;
}

/** The CreateTable request for one definition. */
export function createTableInput(
  definition: TableDefinition,
  physicalName: string,
): CreateTableCommandInput {
  const attributes = new Map<string, AttributeDefinition>();
  const keySchema = (partitionKey: KeyAttribute, sortKey?: KeyAttribute): KeySchemaElement[] => {
    const keys = sortKey === undefined ? [partitionKey] : [partitionKey, sortKey];
    for (const key of keys) {
      attributes.set(key.name, { AttributeName: key.name, AttributeType: key.type });
    }
    return keys.map((key, index) => ({
      AttributeName: key.name,
      KeyType: index === 0 ? 'HASH' : 'RANGE',
    }));
  };
  const tableKeys = keySchema(definition.partitionKey, definition.sortKey);
  const indexes = definition.indexes.map((index) => ({
    IndexName: index.indexName,
    KeySchema: keySchema(index.partitionKey, index.sortKey),
    Projection: { ProjectionType: 'ALL' as const },
  }));
  return {
    TableName: physicalName,
    KeySchema: tableKeys,
    AttributeDefinitions: [...attributes.values()],
    BillingMode: 'PAY_PER_REQUEST',
    ...(indexes.length === 0 ? {} : { GlobalSecondaryIndexes: indexes }),
  };
}

async function listAllTables(client: DynamoDBClient): Promise<Set<string>> {
  const names = new Set<string>();
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand({ ExclusiveStartTableName: start }));
    for (const name of page.TableNames ?? []) {
      names.add(name);
    }
    start = page.LastEvaluatedTableName;
  } while (start !== undefined);
  return names;
}

function isTableName(name: string): name is TableName {
  return name in TABLES;
}
