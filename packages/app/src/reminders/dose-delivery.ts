import type { Prescription } from '@ctrl-alt-heal/domain';
import type { Logger } from '../logging/logger';
import type { DoseItem } from './dose-item';
import type { DynamoDoseClaims } from './dynamo-dose-claims';
import type { ReminderChatLookup } from './reminder-chat-directory';
import { reminderKeyboard, reminderText } from './reminder-message';
import type { ReminderSender, SendOutcome } from './reminder-sender';

/** A reminder later than this after its due time is not sent but recorded missed, in ms. */
export const MAX_REMINDER_LATENESS_MS = 60 * 60 * 1000;

/** Failed sends of one dose before it is recorded missed. */
export const MAX_SEND_ATTEMPTS = 3;

/** How the delivery of one claimed dose ended. */
export type DeliveryOutcome = 'sent' | 'missed' | 'dropped' | 'deferred' | 'failed' | 'lost';

/** Everything a delivery reads and writes; one instance per dispatcher. */
export interface DoseDeliveryDeps {
  readonly taskId: string;
  readonly claims: Pick<DynamoDoseClaims, 'markSent' | 'markMissed' | 'release' | 'deleteClaimed'>;
  readonly prescriptions: {
    get(userId: string, prescriptionId: string): Promise<Prescription | null>;
  };
  readonly blocks: {
    isBlocked(userId: string): Promise<boolean>;
    setBlocked(userId: string, blocked: boolean): Promise<void>;
  };
  readonly chats: ReminderChatLookup;
  readonly sender: Pick<ReminderSender, 'send'>;
  readonly logger: Logger;
  /** Hashes a chat id for logs. */
  readonly chatRef: (chatId: number) => string;
}

/** A dose this task has claimed, with the claim's end (epoch ms). */
export interface ClaimedDose {
  readonly dose: DoseItem;
  readonly claimUntilMs: number;
}

/**
 * Delivers one claimed dose, as named steps: too late → missed; prescription gone or stopped →
 * dropped; user blocked the bot or has no chat → missed; else send the reminder and record
 * what Telegram answered. Every write is conditional on still holding the claim.
 *
 * @throws StorageUnavailableError when DynamoDB fails; the claim then lapses and is retried.
 */
export async function deliverClaimedDose(
  claimed: ClaimedDose,
  context: { readonly nowMs: number; readonly deadlineMs: number; readonly signal?: AbortSignal },
  deps: DoseDeliveryDeps,
): Promise<DeliveryOutcome> {
  const { dose } = claimed;
  const ref = { userId: dose.userId, doseKey: dose.doseKey };
  const owner = deps.taskId;

  if (context.nowMs - new Date(dose.dueAt).getTime() > MAX_REMINDER_LATENESS_MS) {
    return (await deps.claims.markMissed(ref, owner, 'late')) ? 'missed' : 'lost';
  }

  const prescription = await deps.prescriptions.get(dose.userId, dose.prescriptionId);
  if (prescription?.status !== 'active') {
    return (await deps.claims.deleteClaimed(ref, owner)) ? 'dropped' : 'lost';
  }

  const chatId = await deps.chats.chatIdOf(dose.userId);
  if (chatId === null || (await deps.blocks.isBlocked(dose.userId))) {
    const reason = chatId === null ? 'noChat' : 'blocked';
    return (await deps.claims.markMissed(ref, owner, reason)) ? 'missed' : 'lost';
  }

  const outcome = await deps.sender.send({
    chatId,
    html: reminderText(prescription),
    keyboard: reminderKeyboard(dose),
    deadlineMs: context.deadlineMs,
    ...(context.signal === undefined ? {} : { signal: context.signal }),
  });
  return recordOutcome(claimed, chatId, outcome, context.nowMs, deps);
}

async function recordOutcome(
  claimed: ClaimedDose,
  chatId: number,
  outcome: SendOutcome,
  nowMs: number,
  deps: DoseDeliveryDeps,
): Promise<DeliveryOutcome> {
  const { dose } = claimed;
  const ref = { userId: dose.userId, doseKey: dose.doseKey };
  const owner = deps.taskId;
  switch (outcome.kind) {
    case 'sent':
      return recordSent(ref, chatId, outcome.messageId, nowMs, deps);
    case 'blocked':
      deps.logger.warn('reminder refused: bot blocked', { chatRef: deps.chatRef(chatId) });
      await deps.blocks.setBlocked(dose.userId, true);
      return (await deps.claims.markMissed(ref, owner, 'blocked')) ? 'missed' : 'lost';
    case 'deferred':
      await deps.claims.release(ref, owner, false);
      return 'deferred';
    case 'failed':
      return recordFailure(claimed, chatId, outcome.errorCode, deps);
  }
}

async function recordSent(
  ref: { readonly userId: string; readonly doseKey: string },
  chatId: number,
  messageId: number,
  nowMs: number,
  deps: DoseDeliveryDeps,
): Promise<DeliveryOutcome> {
  const sent = { sentAt: new Date(nowMs).toISOString(), chatId, messageId };
  if (await deps.claims.markSent(ref, deps.taskId, sent)) return 'sent';
  // The send deadline keeps a live claim through the send, so this means a clock far off.
  deps.logger.error('reminder sent after its claim lapsed', { chatRef: deps.chatRef(chatId) });
  return 'lost';
}

async function recordFailure(
  claimed: ClaimedDose,
  chatId: number,
  errorCode: number | null,
  deps: DoseDeliveryDeps,
): Promise<DeliveryOutcome> {
  const { dose } = claimed;
  const ref = { userId: dose.userId, doseKey: dose.doseKey };
  deps.logger.warn('reminder send failed', { chatRef: deps.chatRef(chatId), errorCode });
  // TODO: when Telegram could not be reached (errorCode null) the message may have arrived
  // anyway, and the retry then sends it a second time; meanwhile retries stop after
  // MAX_SEND_ATTEMPTS, so the worst case is a repeated reminder, never a lost answer.
  if ((dose.sendAttempts ?? 0) + 1 >= MAX_SEND_ATTEMPTS) {
    await deps.claims.markMissed(ref, deps.taskId, 'sendFailed');
    return 'failed';
  }
  await deps.claims.release(ref, deps.taskId, true);
  return 'failed';
}
