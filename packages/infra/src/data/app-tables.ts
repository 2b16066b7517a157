import { RemovalPolicy } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as kms from 'aws-cdk-lib/aws-kms';
import { TABLES, type TableDefinition, type TableName } from '@ctrl-alt-heal/app/table-definitions';
import { Construct } from 'constructs';

/** Settings of the app's tables. */
export interface AppTablesProps {
  /** Customer-managed key that encrypts every table. */
  readonly key: kms.IKey;
}

function attribute(key: TableDefinition['partitionKey']): dynamodb.Attribute {
  const type = key.type === 'N' ? dynamodb.AttributeType.NUMBER : dynamodb.AttributeType.STRING;
  return { name: key.name, type };
}

/**
 * One DynamoDB table per entry of the app's `TABLES`, with the same keys, indexes and TTL
 * attribute: on-demand billing, encrypted with the data key, point-in-time recovery, deletion
 * protection, and retained when the stack is deleted (they hold patients' data).
 */
export class AppTables extends Construct {
  /** The tables, keyed like `TABLES`. */
  readonly tables: Readonly<Record<TableName, dynamodb.Table>>;

  /**
   * @param scope - Parent construct.
   * @param id - Construct id.
   * @param props - Table settings.
   */
  constructor(scope: Construct, id: string, props: AppTablesProps) {
    super(scope, id);
    const entries = Object.entries(TABLES) as [TableName, TableDefinition][];
    this.tables = Object.fromEntries(
      entries.map(([name, definition]) => [name, this.addTable(definition, props.key)]),
    ) as Record<TableName, dynamodb.Table>;
  }

  private addTable(definition: TableDefinition, key: kms.IKey): dynamodb.Table {
    const table = new dynamodb.Table(this, definition.id, {
      partitionKey: attribute(definition.partitionKey),
      sortKey: definition.sortKey === undefined ? undefined : attribute(definition.sortKey),
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: definition.timeToLiveAttribute,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of definition.indexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.indexName,
        partitionKey: attribute(index.partitionKey),
        sortKey: index.sortKey === undefined ? undefined : attribute(index.sortKey),
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }
}
