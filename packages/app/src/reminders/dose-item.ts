import { z } from 'zod';

/**
 * Where a dose stands. `planned` waits for its instant; `sent` has been reminded; `taken`,
 * `skipped` and `snoozed` are the patient's answers; `missed` was never reminded (too late,
 * blocked bot, no chat, or repeated send failures; see `missReason`); `moved` holds the place of
 * a slot already reminded before a zone change, so that slot is not reminded twice.
 */
export const DOSE_STATUSES = [
  'planned',
  'sent',
  'taken',
  'skipped',
  'snoozed',
  'missed',
  'moved',
] as const;

/** One of {@link DOSE_STATUSES}. */
export type DoseStatus = (typeof DOSE_STATUSES)[number];

/** Why a dose ended `missed` without a reminder. */
export type MissReason = 'late' | 'blocked' | 'noChat' | 'sendFailed';

/** One item of the doses table, as read back and parsed. */
export const doseItemSchema = z.object({
  userId: z.string().min(1),
  doseKey: z.string().min(1),
  dueAt: z.string().min(1),
  dueHour: z.string().min(1),
  prescriptionId: z.string().min(1),
  shortId: z.string().min(1),
  status: z.enum(DOSE_STATUSES),
  /** How many snoozes led to this dose (0 for a planned dose). */
  snoozeCount: z.number().int().nonnegative(),
  /** Failed send attempts so far. */
  sendAttempts: z.number().int().nonnegative().optional(),
  /** Id of the task holding the send claim. */
  claimOwner: z.string().optional(),
  /** Epoch ms after which the claim may be taken over. */
  claimExpiresAt: z.number().optional(),
  sentAt: z.string().optional(),
  /** The reminder's chat and message, so the outcome can be shown on it. */
  chatId: z.number().optional(),
  messageId: z.number().optional(),
  answeredAt: z.string().optional(),
  missReason: z.enum(['late', 'blocked', 'noChat', 'sendFailed']).optional(),
  /** Epoch seconds; DynamoDB TTL. */
  expiresAt: z.number().int(),
});

/** A parsed dose item. */
export type DoseItem = z.infer<typeof doseItemSchema>;

/** The key of one dose item. */
export interface DoseRef {
  readonly userId: string;
  readonly doseKey: string;
}
