import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { RecordedDose } from '@ctrl-alt-heal/domain';
import { queryAllItems } from '../storage/query-all-items';
import type { TableNames } from '../storage/table-names';
import { doseItemSchema } from './dose-item';

/** Where {@link listRecordedDoses} reads. */
export interface ListRecordedDosesOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'doses'>;
  /**
   * Items DynamoDB reads per page before the status filter; every page is followed to the end.
   * @defaultValue DynamoDB's own limit (1 MB per page)
   */
  readonly pageSize?: number;
}

/**
 * The doses one user answered Taken or Skipped, in due order (dose keys start with the due
 * instant), for export as MedicationAdministrations. One Query over the user's partition of the
 * doses table, filtered by status and read consistently, following every page. A taken dose
 * carries its answer time as `takenAt`; a skipped one carries null.
 *
 * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
 * @throws ZodError when a stored dose item is malformed (a bug).
 */
export async function listRecordedDoses(
  options: ListRecordedDosesOptions,
  userId: string,
): Promise<RecordedDose[]> {
  const items = await queryAllItems(options.client, 'doses.listRecorded', {
    TableName: options.tableNames.doses,
    KeyConditionExpression: 'userId = :userId',
    FilterExpression: '#status IN (:taken, :skipped)',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':userId': userId, ':taken': 'taken', ':skipped': 'skipped' },
    ConsistentRead: true,
    ...(options.pageSize === undefined ? {} : { Limit: options.pageSize }),
  });
  return items.flatMap((raw): RecordedDose[] => {
    const item = doseItemSchema.parse(raw);
    if (item.status !== 'taken' && item.status !== 'skipped') return [];
    return [
      {
        prescriptionId: item.prescriptionId,
        dueAt: item.dueAt,
        takenAt: item.status === 'taken' ? (item.answeredAt ?? null) : null,
        status: item.status,
      },
    ];
  });
}
