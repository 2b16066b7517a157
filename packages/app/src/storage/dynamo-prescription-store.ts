import {
  GetCommand,
  PutCommand,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { DoseSchedule, Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import { isConditionalCheckFailed, translateStorageError } from './dynamo-error-translation';
import { prescriptionItemSchema, type PrescriptionItem } from './prescription-item';
import { queryAllItems } from './query-all-items';
import { restartScheduleAtConfirm } from './restart-schedule-at-confirm';
import type { TableNames } from './table-names';

/** Default lifetime of an unconfirmed draft: 24 hours, in seconds. */
export const DEFAULT_DRAFT_TTL_SECONDS = 24 * 60 * 60;

/** What {@link DynamoPrescriptionStore.stop} did. */
export type StopOutcome = 'stopped' | 'alreadyStopped' | 'absent';

/** Settings of {@link DynamoPrescriptionStore}. */
export interface DynamoPrescriptionStoreOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'prescriptions'>;
  /** How long a draft waits for confirmation, in seconds. @defaultValue 86400 (24 h) */
  readonly draftTtlSeconds?: number;
  /** Clock. @defaultValue `() => new Date()` */
  readonly now?: () => Date;
  /** Where a schedule kept on confirm is reported (no health data). @defaultValue none */
  readonly logger?: Logger;
}

/** What the stored schedule must still show for {@link DynamoPrescriptionStore.replaceActiveSchedule}. */
export type ExpectedSchedule = Pick<DoseSchedule, 'timeZone' | 'notBefore'>;

const SCHEDULE_NAMES = {
  '#status': 'status',
  '#rx': 'prescription',
  '#sched': 'schedule',
  '#tz': 'timeZone',
};

/**
 * Prescriptions in DynamoDB, keyed by user id and prescription id. Drafts carry an
 * `expiresAt` for TTL; because TTL deletion is late (and never happens in dynalite), an
 * expired draft is treated as absent by every method here.
 */
export class DynamoPrescriptionStore implements PrescriptionStore {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly draftTtlSeconds: number;
  private readonly now: () => Date;
  private readonly logger: Logger | null;

  /** @param options - Client, table name, draft lifetime, clock and logger. */
  constructor(options: DynamoPrescriptionStoreOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.prescriptions;
    this.draftTtlSeconds = options.draftTtlSeconds ?? DEFAULT_DRAFT_TTL_SECONDS;
    this.now = options.now ?? ((): Date => new Date());
    this.logger = options.logger ?? null;
  }

  /**
   * Stores a draft (whatever status the argument carries), replacing an earlier draft with the
   * same id.
   *
   * @throws Error when the id already belongs to a confirmed or stopped prescription (ids are
   *   generated, so this is a bug).
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async saveDraft(userId: string, prescription: Prescription): Promise<void> {
    const { prescriptionId } = prescription;
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: {
            userId,
            prescriptionId,
            status: 'draft',
            expiresAt: this.nowSeconds() + this.draftTtlSeconds,
            prescription: { ...prescription, status: 'draft' },
          },
          ConditionExpression: 'attribute_not_exists(prescriptionId) OR #status = :draft',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':draft': 'draft' },
        }),
      );
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        throw new Error(`prescription ${prescriptionId} is no longer a draft`, { cause: error });
      }
      translateStorageError('prescriptions.saveDraft', error);
    }
  }

  /**
   * Turns a live draft into an active prescription. Idempotent: an active (or stopped)
   * prescription is returned unchanged. Null when there is no such prescription for this user,
   * or only an expired draft. A draft confirmed more than a few minutes after its schedule's
   * `notBefore` gets its schedule rebuilt to start now (see {@link restartScheduleAtConfirm});
   * when the rebuild asks for clarification the old schedule is kept and a warning logged.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async confirm(userId: string, prescriptionId: string): Promise<Prescription | null> {
    const activated = await this.activate(userId, prescriptionId);
    if (!activated.now || activated.prescription === null) return activated.prescription;
    return this.restartIfLate(userId, activated.prescription);
  }

  /**
   * Replaces the schedule of an active prescription, if it is still active and its stored
   * schedule still has `expected.timeZone` (and `expected.notBefore`, when that is a string).
   * Returns the updated prescription, or null when the condition failed (stopped, gone or
   * changed meanwhile).
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async replaceActiveSchedule(
    userId: string,
    prescriptionId: string,
    expected: ExpectedSchedule,
    schedule: DoseSchedule,
  ): Promise<Prescription | null> {
    const checksStart = typeof expected.notBefore === 'string';
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, prescriptionId },
          UpdateExpression: 'SET #rx.#sched = :schedule',
          ConditionExpression: `#status = :active AND #rx.#sched.#tz = :zone${
            checksStart ? ' AND #rx.#sched.#nb = :nb' : ''
          }`,
          ExpressionAttributeNames: {
            ...SCHEDULE_NAMES,
            ...(checksStart ? { '#nb': 'notBefore' } : {}),
          },
          ExpressionAttributeValues: {
            ':schedule': schedule,
            ':active': 'active',
            ':zone': expected.timeZone,
            ...(checksStart ? { ':nb': expected.notBefore } : {}),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return prescriptionItemSchema.parse(result.Attributes).prescription;
    } catch (error) {
      if (isConditionalCheckFailed(error)) return null;
      return translateStorageError('prescriptions.replaceSchedule', error);
    }
  }

  /**
   * One prescription of this user in any status; null when absent or an expired draft.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async get(userId: string, prescriptionId: string): Promise<Prescription | null> {
    try {
      const result = await this.client.send(
        new GetCommand({
          TableName: this.tableName,
          Key: { userId, prescriptionId },
          ConsistentRead: true,
        }),
      );
      if (result.Item === undefined) {
        return null;
      }
      const item = prescriptionItemSchema.parse(result.Item);
      return this.isExpired(item) ? null : item.prescription;
    } catch (error) {
      return translateStorageError('prescriptions.get', error);
    }
  }

  /**
   * This user's active prescriptions, oldest first (by `createdAt`, then id).
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async listActive(userId: string): Promise<Prescription[]> {
    const items = await queryAllItems(this.client, 'prescriptions.listActive', {
      TableName: this.tableName,
      KeyConditionExpression: 'userId = :userId',
      FilterExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: { ':userId': userId, ':active': 'active' },
      ConsistentRead: true,
    });
    return items
      .map((item) => prescriptionItemSchema.parse(item).prescription)
      .sort(
        (a, b) =>
          a.createdAt.localeCompare(b.createdAt) ||
          a.prescriptionId.localeCompare(b.prescriptionId),
      );
  }

  /**
   * Stops an active prescription of this user with one conditional write (active → stopped).
   * `'stopped'` when this call stopped it, `'alreadyStopped'` when it was stopped before, and
   * `'absent'` when this user has no such active or stopped prescription.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async stop(userId: string, prescriptionId: string): Promise<StopOutcome> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, prescriptionId },
          UpdateExpression: 'SET #status = :stopped, #rx.#status = :stopped',
          ConditionExpression: '#status = :active',
          ExpressionAttributeNames: { '#status': 'status', '#rx': 'prescription' },
          ExpressionAttributeValues: { ':stopped': 'stopped', ':active': 'active' },
        }),
      );
      return 'stopped';
    } catch (error) {
      if (!isConditionalCheckFailed(error))
        return translateStorageError('prescriptions.stop', error);
      const current = await this.get(userId, prescriptionId);
      return current?.status === 'stopped' ? 'alreadyStopped' : 'absent';
    }
  }

  /** The prescription after confirming, and whether this call turned the draft active. */
  private async activate(
    userId: string,
    prescriptionId: string,
  ): Promise<{ readonly prescription: Prescription | null; readonly now: boolean }> {
    try {
      const result = await this.client.send(
        new UpdateCommand({
          TableName: this.tableName,
          Key: { userId, prescriptionId },
          UpdateExpression: 'SET #status = :active, #rx.#status = :active REMOVE #expires',
          ConditionExpression: '#status = :draft AND #expires > :now',
          ExpressionAttributeNames: {
            '#status': 'status',
            '#rx': 'prescription',
            '#expires': 'expiresAt',
          },
          ExpressionAttributeValues: {
            ':active': 'active',
            ':draft': 'draft',
            ':now': this.nowSeconds(),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return {
        prescription: prescriptionItemSchema.parse(result.Attributes).prescription,
        now: true,
      };
    } catch (error) {
      if (isConditionalCheckFailed(error)) {
        const current = await this.get(userId, prescriptionId);
        return { prescription: current?.status === 'draft' ? null : current, now: false };
      }
      return translateStorageError('prescriptions.confirm', error);
    }
  }

  private async restartIfLate(userId: string, confirmed: Prescription): Promise<Prescription> {
    const restart = restartScheduleAtConfirm(confirmed, this.now());
    if (restart.kind === 'current') return confirmed;
    if (restart.kind === 'kept') {
      this.logger?.warn('schedule kept on late confirm', { issues: restart.issueCount });
      return confirmed;
    }
    const { prescriptionId, schedule } = confirmed;
    const replaced = await this.replaceActiveSchedule(
      userId,
      prescriptionId,
      schedule,
      restart.schedule,
    );
    return replaced ?? (await this.get(userId, prescriptionId)) ?? confirmed;
  }

  private isExpired(item: PrescriptionItem): boolean {
    return (
      item.status === 'draft' && item.expiresAt !== undefined && item.expiresAt <= this.nowSeconds()
    );
  }

  private nowSeconds(): number {
    return Math.floor(this.now().getTime() / 1000);
  }
}
