import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { queryAllItems } from '../storage/query-all-items';
import { TABLES } from '../storage/table-definitions';
import type { TableNames } from '../storage/table-names';
import { writeIfCondition } from './conditional-write';

/**
 * The `dueHour` value of every plan marker: one index partition, so the dispatcher finds every
 * overdue marker however long all tasks were down.
 */
export const PLAN_MARKER_PARTITION = 'plan';

/** When one active prescription next needs its planned doses topped up. */
export interface PlanMarker {
  readonly userId: string;
  readonly prescriptionId: string;
  /** ISO instant when the top-up is due. */
  readonly dueAt: string;
}

/** Settings of {@link DynamoPlanMarkers}. */
export interface DynamoPlanMarkersOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'doses'>;
}

const markerSchema = z.object({
  userId: z.string().min(1),
  prescriptionId: z.string().min(1),
  dueAt: z.string().min(1),
});

const BY_DUE_HOUR = TABLES.doses.indexes[0].indexName;

/**
 * Plan markers: one item per active prescription in the doses table (key `plan#<id>`, so
 * /forget deletes them with the doses), found through the `byDueHour` index. They let every
 * task top up planned doses without scanning the prescriptions table (the task role may not
 * scan). A marker is claimed by moving its `dueAt` forward conditionally, so one task tops up.
 *
 * TODO: all markers share one index partition; meanwhile that is far below a partition's
 * limits at the expected scale (one read per top-up interval per task, one write per
 * prescription every twelve hours). Sharding the partition name would lift it.
 */
export class DynamoPlanMarkers {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  /** @param options - Client and table names. */
  constructor(options: DynamoPlanMarkersOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.doses;
  }

  /**
   * Sets (or moves) the marker of one prescription to `dueAt`; `expiresAt` in epoch seconds.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async arm(marker: PlanMarker, expiresAt: number): Promise<void> {
    await writeIfCondition(this.client, 'doses.armPlanMarker', {
      kind: 'put',
      input: {
        TableName: this.tableName,
        Item: { ...this.keyOf(marker), ...marker, dueHour: PLAN_MARKER_PARTITION, expiresAt },
      },
    });
  }

  /**
   * Every marker due at or before `nowIso`.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async due(nowIso: string): Promise<PlanMarker[]> {
    const items = await queryAllItems(this.client, 'doses.duePlanMarkers', {
      TableName: this.tableName,
      IndexName: BY_DUE_HOUR,
      KeyConditionExpression: 'dueHour = :plan AND dueAt <= :now',
      ExpressionAttributeValues: { ':plan': PLAN_MARKER_PARTITION, ':now': nowIso },
    });
    return items.map((item) => markerSchema.parse(item));
  }

  /**
   * Claims a due marker by moving it to `retryAt` (when another task may try again if this one
   * stops). False when another task moved it first.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  claim(marker: PlanMarker, retryAt: string): Promise<boolean> {
    return writeIfCondition(this.client, 'doses.claimPlanMarker', {
      kind: 'update',
      input: {
        TableName: this.tableName,
        Key: this.keyOf(marker),
        UpdateExpression: 'SET dueAt = :retry',
        ConditionExpression: 'dueAt = :seen',
        ExpressionAttributeValues: { ':retry': retryAt, ':seen': marker.dueAt },
      },
    });
  }

  /**
   * Deletes the marker of a prescription that no longer needs planning.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async remove(marker: Pick<PlanMarker, 'userId' | 'prescriptionId'>): Promise<void> {
    await writeIfCondition(this.client, 'doses.removePlanMarker', {
      kind: 'delete',
      input: { TableName: this.tableName, Key: this.keyOf(marker) },
    });
  }

  private keyOf(marker: Pick<PlanMarker, 'userId' | 'prescriptionId'>): Record<string, string> {
    return { userId: marker.userId, doseKey: `plan#${marker.prescriptionId}` };
  }
}
