import { ScanCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Prescription } from '@ctrl-alt-heal/domain';
import { translateStorageError } from '../storage/dynamo-error-translation';
import { prescriptionItemSchema } from '../storage/prescription-item';
import type { TableNames } from '../storage/table-names';

/** One active prescription and its owner. */
export interface OwnedPrescription {
  readonly userId: string;
  readonly prescription: Prescription;
}

/** A page of the scan: the prescriptions that parsed, and how many items did not. */
export interface ActivePrescriptionPage {
  readonly prescriptions: readonly OwnedPrescription[];
  readonly unreadable: number;
}

/**
 * Scans the prescriptions table for active prescriptions, page by page, so the dispatcher can
 * top up every user's planned doses.
 *
 * TODO: a full scan reads every prescription item on each top-up; meanwhile that is cheap at
 * the expected scale (top-ups run every few minutes per task, not per tick) and safe because
 * planning is idempotent. A sparse "active" index would make it proportional to active ones.
 *
 * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
 */
export async function* scanActivePrescriptions(
  client: DynamoDBDocumentClient,
  tableNames: Pick<TableNames, 'prescriptions'>,
): AsyncGenerator<ActivePrescriptionPage> {
  let startKey: Record<string, unknown> | undefined;
  do {
    const page = await scanPage(client, tableNames.prescriptions, startKey);
    yield parsePage(page.Items ?? []);
    startKey = page.LastEvaluatedKey;
  } while (startKey !== undefined);
}

async function scanPage(
  client: DynamoDBDocumentClient,
  tableName: string,
  startKey: Record<string, unknown> | undefined,
): Promise<{ Items?: Record<string, unknown>[]; LastEvaluatedKey?: Record<string, unknown> }> {
  try {
    return await client.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: '#status = :active',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':active': 'active' },
        ExclusiveStartKey: startKey,
      }),
    );
  } catch (error) {
    return translateStorageError('prescriptions.scanActive', error);
  }
}

function parsePage(items: readonly Record<string, unknown>[]): ActivePrescriptionPage {
  const prescriptions: OwnedPrescription[] = [];
  let unreadable = 0;
  for (const item of items) {
    const parsed = prescriptionItemSchema.safeParse(item);
    if (parsed.success) {
      prescriptions.push({ userId: parsed.data.userId, prescription: parsed.data.prescription });
    } else {
      unreadable += 1;
    }
  }
  return { prescriptions, unreadable };
}
