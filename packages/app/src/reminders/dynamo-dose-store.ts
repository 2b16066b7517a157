import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { translateStorageError } from '../storage/dynamo-error-translation';
import { queryAllItems } from '../storage/query-all-items';
import { TABLES } from '../storage/table-definitions';
import type { TableNames } from '../storage/table-names';
import { writeIfCondition } from './conditional-write';
import { doseItemSchema, type DoseItem, type DoseRef } from './dose-item';
import { dueAtOfShortId } from './dose-key';

/** Settings of {@link DynamoDoseStore}. */
export interface DynamoDoseStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'doses'>;
}

/** A patient's answer to a reminder. */
export type DoseAnswer = 'taken' | 'skipped' | 'snoozed';

const BY_DUE_HOUR = TABLES.doses.indexes[0].indexName;

/**
 * The doses table: planning writes (conditional, so planning twice adds nothing), the due-dose
 * query over the `byDueHour` index, lookups by a button's short id inside one user's
 * partition, and the patient's answers. Claims live in {@link DynamoDoseClaims}.
 */
export class DynamoDoseStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  /** @param options - Client and table names. */
  constructor(options: DynamoDoseStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.doses;
  }

  /**
   * Writes a dose unless one with its key exists. True when written.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  putIfAbsent(item: DoseItem): Promise<boolean> {
    return writeIfCondition(this.client, 'doses.put', {
      kind: 'put',
      input: {
        TableName: this.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(doseKey)',
      },
    });
  }

  /**
   * The dose keys of one user due in `[fromIso, toIso]` (keys start with the due instant).
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async keysBetween(userId: string, fromIso: string, toIso: string): Promise<Set<string>> {
    const items = await queryAllItems(this.client, 'doses.keysBetween', {
      TableName: this.tableName,
      KeyConditionExpression: 'userId = :userId AND doseKey BETWEEN :from AND :to',
      ProjectionExpression: 'doseKey',
      // `~` sorts after `#` and every id character, so doses at `toIso` itself are included.
      ExpressionAttributeValues: { ':userId': userId, ':from': fromIso, ':to': `${toIso}~` },
    });
    return new Set(items.map((item) => String(item.doseKey)));
  }

  /**
   * Deletes the planned, never snoozed doses of one prescription due at or after `fromIso`, so
   * they can be planned again from a changed schedule. Doses that were sent or answered,
   * snoozed doses (due a fixed time after an answer) and doses under a live send claim stay.
   * Returns how many were deleted.
   *
   * @param nowMs - Epoch ms; claims expiring before it count as lapsed.
   * @param options - `includeSnoozed` also deletes planned snoozed doses (when a prescription is
   *   stopped, no reminder of it may follow). @defaultValue `{ includeSnoozed: false }`
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async deleteFuturePlanned(
    userId: string,
    prescriptionId: string,
    fromIso: string,
    nowMs: number,
    options: { readonly includeSnoozed?: boolean } = {},
  ): Promise<number> {
    const includeSnoozed = options.includeSnoozed ?? false;
    const items = await queryAllItems(this.client, 'doses.futurePlanned', {
      TableName: this.tableName,
      // Dose keys start with their due instant; `9999~` sorts after every one of them and before
      // the plan markers' `plan#` keys.
      KeyConditionExpression: 'userId = :userId AND doseKey BETWEEN :from AND :to',
      FilterExpression: `#status = :planned AND prescriptionId = :rx${
        includeSnoozed ? '' : ' AND snoozeCount = :zero'
      }`,
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':userId': userId,
        ':from': fromIso,
        ':to': '9999~',
        ':planned': 'planned',
        ':rx': prescriptionId,
        ...(includeSnoozed ? {} : { ':zero': 0 }),
      },
      ConsistentRead: true,
    });
    let deleted = 0;
    for (const item of items) {
      if (await this.deleteIfUnclaimed({ userId, doseKey: String(item.doseKey) }, nowMs)) {
        deleted += 1;
      }
    }
    return deleted;
  }

  /**
   * The doses of one prescription due in `[fromIso, toIso]` that are no longer planned (sent,
   * answered, missed or moved), snoozed ones left out.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async handledBetween(
    userId: string,
    prescriptionId: string,
    fromIso: string,
    toIso: string,
  ): Promise<DoseItem[]> {
    const items = await queryAllItems(this.client, 'doses.handledBetween', {
      TableName: this.tableName,
      KeyConditionExpression: 'userId = :userId AND doseKey BETWEEN :from AND :to',
      FilterExpression: '#status <> :planned AND prescriptionId = :rx AND snoozeCount = :zero',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: {
        ':userId': userId,
        ':from': fromIso,
        ':to': `${toIso}~`,
        ':planned': 'planned',
        ':rx': prescriptionId,
        ':zero': 0,
      },
      ConsistentRead: true,
    });
    return items.map((item) => doseItemSchema.parse(item));
  }

  /**
   * Planned doses of one UTC hour (`YYYY-MM-DDTHH`) due at or before `nowIso`. Read from the
   * index, so eventually consistent: a dose may show up one tick late, and a claim decides.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async plannedDueIn(dueHour: string, nowIso: string): Promise<DoseItem[]> {
    const items = await queryAllItems(this.client, 'doses.plannedDue', {
      TableName: this.tableName,
      IndexName: BY_DUE_HOUR,
      KeyConditionExpression: 'dueHour = :hour AND dueAt <= :now',
      FilterExpression: '#status = :planned',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':hour': dueHour, ':now': nowIso, ':planned': 'planned' },
    });
    return items.map((item) => doseItemSchema.parse(item));
  }

  /**
   * One dose by key, read consistently; null when absent.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async get(ref: DoseRef): Promise<DoseItem | null> {
    try {
      const result = await this.client.send(
        new GetCommand({ TableName: this.tableName, Key: { ...ref }, ConsistentRead: true }),
      );
      return result.Item === undefined ? null : doseItemSchema.parse(result.Item);
    } catch (error) {
      return translateStorageError('doses.get', error);
    }
  }

  /**
   * The dose of `userId` with this short id, or null. Only that user's partition is read, so a
   * short id from someone else's message finds nothing.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async findByShortId(userId: string, shortId: string): Promise<DoseItem | null> {
    const dueAt = dueAtOfShortId(shortId);
    if (dueAt === null) return null;
    const items = await queryAllItems(this.client, 'doses.findByShortId', {
      TableName: this.tableName,
      KeyConditionExpression: 'userId = :userId AND begins_with(doseKey, :prefix)',
      ExpressionAttributeValues: { ':userId': userId, ':prefix': `${dueAt}#` },
      ConsistentRead: true,
    });
    const match = items
      .map((item) => doseItemSchema.parse(item))
      .find((d) => d.shortId === shortId);
    return match ?? null;
  }

  /**
   * Records the patient's answer on a reminded (`sent`) dose. False when the dose was already
   * answered, so a second press changes nothing.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  recordAnswer(ref: DoseRef, answer: DoseAnswer, answeredAt: string): Promise<boolean> {
    return writeIfCondition(this.client, 'doses.recordAnswer', {
      kind: 'update',
      input: {
        TableName: this.tableName,
        Key: { userId: ref.userId, doseKey: ref.doseKey },
        UpdateExpression: 'SET #status = :answer, answeredAt = :at',
        ConditionExpression: '#status = :sent',
        ExpressionAttributeNames: { '#status': 'status' },
        ExpressionAttributeValues: { ':answer': answer, ':at': answeredAt, ':sent': 'sent' },
      },
    });
  }

  private deleteIfUnclaimed(ref: DoseRef, nowMs: number): Promise<boolean> {
    return writeIfCondition(this.client, 'doses.deletePlanned', {
      kind: 'delete',
      input: {
        TableName: this.tableName,
        Key: { userId: ref.userId, doseKey: ref.doseKey },
        ConditionExpression:
          '#status = :planned AND (attribute_not_exists(#owner) OR #until < :now)',
        ExpressionAttributeNames: {
          '#status': 'status',
          '#owner': 'claimOwner',
          '#until': 'claimExpiresAt',
        },
        ExpressionAttributeValues: { ':planned': 'planned', ':now': nowMs },
      },
    });
  }
}
