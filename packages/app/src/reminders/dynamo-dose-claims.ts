import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TableNames } from '../storage/table-names';
import { writeIfCondition } from './conditional-write';
import type { DoseRef, MissReason } from './dose-item';

/** Settings of {@link DynamoDoseClaims}. */
export interface DynamoDoseClaimsOptions {
  readonly client: DynamoDBDocumentClient;
  readonly tableNames: Pick<TableNames, 'doses'>;
}

/** What a sent reminder records on its dose. */
export interface SentReminder {
  readonly sentAt: string;
  readonly chatId: number;
  readonly messageId: number;
}

const CLAIM_NAMES = { '#status': 'status', '#owner': 'claimOwner', '#until': 'claimExpiresAt' };

// Only the holder of a live claim on a planned dose may finish it.
const HOLDS_CLAIM = '#status = :planned AND #owner = :owner';

/**
 * Send claims on due doses. A claim is a conditional update on a planned dose that nobody holds
 * (or whose holder's claim expired): among any number of dispatchers exactly one wins, and a
 * crashed holder's claim lapses so another retries. Every later step is conditional on still
 * holding the claim.
 */
export class DynamoDoseClaims {
  private readonly client: DynamoDBDocumentClient;
  private readonly tableName: string;

  /** @param options - Client and table names. */
  constructor(options: DynamoDoseClaimsOptions) {
    this.client = options.client;
    this.tableName = options.tableNames.doses;
  }

  /**
   * Claims a planned dose for `owner` until `untilMs` (epoch ms). False when the dose is no
   * longer planned or another live claim holds it.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  claim(ref: DoseRef, owner: string, nowMs: number, untilMs: number): Promise<boolean> {
    return this.update('doses.claim', ref, {
      UpdateExpression: 'SET #owner = :owner, #until = :until',
      ConditionExpression: '#status = :planned AND (attribute_not_exists(#owner) OR #until < :now)',
      ExpressionAttributeValues: { ':owner': owner, ':until': untilMs, ':now': nowMs },
    });
  }

  /**
   * Marks a claimed dose sent and drops the claim. False when the claim was lost meanwhile.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  markSent(ref: DoseRef, owner: string, sent: SentReminder): Promise<boolean> {
    return this.update('doses.markSent', ref, {
      UpdateExpression:
        'SET #status = :sent, sentAt = :at, chatId = :chat, messageId = :msg REMOVE #owner, #until',
      ConditionExpression: HOLDS_CLAIM,
      ExpressionAttributeValues: {
        ':owner': owner,
        ':sent': 'sent',
        ':at': sent.sentAt,
        ':chat': sent.chatId,
        ':msg': sent.messageId,
      },
    });
  }

  /**
   * Marks a claimed dose missed (never reminded) with the reason, and drops the claim.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  markMissed(ref: DoseRef, owner: string, reason: MissReason): Promise<boolean> {
    return this.update('doses.markMissed', ref, {
      UpdateExpression: 'SET #status = :missed, missReason = :reason REMOVE #owner, #until',
      ConditionExpression: HOLDS_CLAIM,
      ExpressionAttributeValues: { ':owner': owner, ':missed': 'missed', ':reason': reason },
    });
  }

  /**
   * Gives a claim back unsent so the next tick (of any task) retries it; `failed` counts one
   * failed send attempt.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  release(ref: DoseRef, owner: string, failed: boolean): Promise<boolean> {
    return this.update('doses.release', ref, {
      UpdateExpression: failed
        ? 'REMOVE #owner, #until ADD sendAttempts :one'
        : 'REMOVE #owner, #until',
      ConditionExpression: HOLDS_CLAIM,
      ExpressionAttributeValues: { ':owner': owner, ...(failed ? { ':one': 1 } : {}) },
    });
  }

  /**
   * Deletes a claimed dose whose prescription is gone or stopped: it was never a real dose.
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  deleteClaimed(ref: DoseRef, owner: string): Promise<boolean> {
    return writeIfCondition(this.client, 'doses.deleteClaimed', {
      kind: 'delete',
      input: {
        TableName: this.tableName,
        Key: { userId: ref.userId, doseKey: ref.doseKey },
        ConditionExpression: HOLDS_CLAIM,
        ExpressionAttributeNames: { '#status': 'status', '#owner': 'claimOwner' },
        ExpressionAttributeValues: { ':owner': owner, ':planned': 'planned' },
      },
    });
  }

  private update(
    operation: string,
    ref: DoseRef,
    parts: {
      UpdateExpression: string;
      ConditionExpression: string;
      ExpressionAttributeValues: Record<string, unknown>;
    },
  ): Promise<boolean> {
    return writeIfCondition(this.client, operation, {
      kind: 'update',
      input: {
        TableName: this.tableName,
        Key: { userId: ref.userId, doseKey: ref.doseKey },
        ...parts,
        ExpressionAttributeNames: CLAIM_NAMES,
        ExpressionAttributeValues: { ':planned': 'planned', ...parts.ExpressionAttributeValues },
      },
    });
  }
}
