/**
 * Keys and indexes of every DynamoDB table, defined once. The embedded mode creates tables from
 * these and infra declares them from these. This module has no imports so infra can use it.
 */

/** A key attribute: name and DynamoDB scalar type. */
export interface KeyAttribute {
  readonly name: string;
  readonly type: 'S' | 'N';
}

/** A global secondary index, projected in full. */
export interface IndexDefinition {
  readonly indexName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
}

/** One table's logical id, environment variable, keys, indexes and TTL attribute. */
export interface TableDefinition {
  /** Logical name, also the table name in embedded mode. */
  readonly id: string;
  /** Environment variable that carries the deployed table name. */
  readonly envName: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey?: KeyAttribute;
  readonly indexes: readonly IndexDefinition[];
  /** Attribute holding an epoch-seconds expiry, if items expire. */
  readonly timeToLiveAttribute?: string;
}

const userId: KeyAttribute = { name: 'userId', type: 'S' };

/** Every table, keyed by a short name the repositories use. */
export const TABLES = {
  users: { id: 'users', envName: 'USERS_TABLE_NAME', partitionKey: userId, indexes: [] },
  identities: {
    id: 'identities',
    envName: 'IDENTITIES_TABLE_NAME',
    // `telegram:<user id>`; one item per external identity.
    partitionKey: { name: 'identityKey', type: 'S' },
    indexes: [{ indexName: 'byUser', partitionKey: userId }],
  },
  conversations: {
    id: 'conversations',
    envName: 'CONVERSATIONS_TABLE_NAME',
    partitionKey: userId,
    sortKey: { name: 'messageKey', type: 'S' },
    indexes: [],
    timeToLiveAttribute: 'expiresAt',
  },
  prescriptions: {
    id: 'prescriptions',
    envName: 'PRESCRIPTIONS_TABLE_NAME',
    partitionKey: userId,
    sortKey: { name: 'prescriptionId', type: 'S' },
    indexes: [],
    timeToLiveAttribute: 'expiresAt',
  },
  fhirData: {
    id: 'fhir-data',
    envName: 'FHIR_DATA_TABLE_NAME',
    partitionKey: userId,
    sortKey: { name: 'resourceKey', type: 'S' },
    indexes: [],
  },
  processedUpdates: {
    id: 'processed-updates',
    envName: 'PROCESSED_UPDATES_TABLE_NAME',
    partitionKey: { name: 'updateKey', type: 'S' },
    indexes: [],
    timeToLiveAttribute: 'expiresAt',
  },
  doses: {
    id: 'doses',
    envName: 'DOSES_TABLE_NAME',
    partitionKey: userId,
    sortKey: { name: 'doseKey', type: 'S' },
    // Due doses are found by the hour they fall in, then by instant.
    indexes: [
      {
        indexName: 'byDueHour',
        partitionKey: { name: 'dueHour', type: 'S' },
        sortKey: { name: 'dueAt', type: 'S' },
      },
    ],
    timeToLiveAttribute: 'expiresAt',
  },
} as const satisfies Record<string, TableDefinition>;

/** Short name of a table. */
export type TableName = keyof typeof TABLES;
