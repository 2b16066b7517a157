import type { Prescription } from '@ctrl-alt-heal/domain';
import type { DoseItem } from './dose-item';
import { plannedDose } from './dose-planner';
import type { DoseAnswer, DynamoDoseStore } from './dynamo-dose-store';
import { MAX_SNOOZES, SNOOZE_MINUTES, reminderText, type DoseAction } from './reminder-message';

const MINUTE_MS = 60 * 1000;

/** What pressing a dose button did. */
export type DoseAnswerResult =
  /** No such dose for this user (an old, forged or someone else's button). */
  | { readonly kind: 'unknown' }
  /** A snooze past {@link MAX_SNOOZES} (the button is not offered then): nothing changes. */
  | { readonly kind: 'refused' }
  /** Recorded now, or answered before; `html` is the reminder with its outcome. */
  | {
      readonly kind: 'recorded' | 'alreadyAnswered';
      readonly status: DoseItem['status'];
      readonly html: string;
    };

/** Settings of {@link DoseAnswers}. */
export interface DoseAnswersOptions {
  readonly doses: Pick<DynamoDoseStore, 'findByShortId' | 'recordAnswer' | 'putIfAbsent' | 'get'>;
  readonly prescriptions: {
    get(userId: string, prescriptionId: string): Promise<Prescription | null>;
  };
  /** Clears the blocked flag: a user pressing a button has not blocked the bot. */
  readonly blocks: { setBlocked(userId: string, blocked: boolean): Promise<void> };
  readonly now: () => Date;
}

const STATUS_OF: Readonly<Record<DoseAction, DoseAnswer>> = {
  taken: 'taken',
  skip: 'skipped',
  snooze: 'snoozed',
};

/**
 * Records the patient's answer to a reminder for the verified user only: the dose is looked up
 * in that user's own partition by the button's short id, so button data never names a user.
 * Taken and Skip record the status and time for adherence; Snooze also plans a new dose
 * {@link SNOOZE_MINUTES} minutes later, at most {@link MAX_SNOOZES} times per dose.
 */
export class DoseAnswers {
  /** @param options - Stores, block flags and clock. */
  constructor(private readonly options: DoseAnswersOptions) {}

  /**
   * Applies one button press by `userId` (resolved from the sender, never from button data).
   *
   * @throws StorageUnavailableError when DynamoDB is throttled or unreachable.
   */
  async answer(userId: string, action: DoseAction, shortId: string): Promise<DoseAnswerResult> {
    const dose = await this.options.doses.findByShortId(userId, shortId);
    if (dose === null) return { kind: 'unknown' };
    await this.options.blocks.setBlocked(userId, false);
    const prescription = await this.options.prescriptions.get(userId, dose.prescriptionId);

    if (dose.status === 'sent' && action === 'snooze' && dose.snoozeCount >= MAX_SNOOZES) {
      return { kind: 'refused' };
    }
    const status = STATUS_OF[action];
    const now = this.options.now();
    const ref = { userId, doseKey: dose.doseKey };
    if (!(await this.options.doses.recordAnswer(ref, status, now.toISOString()))) {
      // Read again: a press racing this one may have answered a moment ago.
      const current = (await this.options.doses.get(ref))?.status ?? dose.status;
      return { kind: 'alreadyAnswered', status: current, html: outcomeHtml(prescription, current) };
    }

    if (status === 'snoozed') await this.planSnooze(dose, now);
    return { kind: 'recorded', status, html: outcomeHtml(prescription, status) };
  }

  private async planSnooze(dose: DoseItem, now: Date): Promise<void> {
    const snoozeCount = dose.snoozeCount + 1;
    const slot = dose.doseKey.slice(dose.doseKey.lastIndexOf('#') + 1).split('z')[0] ?? '0';
    const at = new Date(now.getTime() + SNOOZE_MINUTES * MINUTE_MS).toISOString();
    const item = plannedDose(
      dose.userId,
      dose.prescriptionId,
      { at },
      `${slot}z${snoozeCount}`,
      snoozeCount,
    );
    await this.options.doses.putIfAbsent(item);
  }
}

const OUTCOME_LINES: Readonly<Record<DoseItem['status'], string>> = {
  taken: '\u2705 Marked as taken. Well done!',
  skipped: '\u23ED Marked as skipped.',
  snoozed: `\u23F0 Snoozed: I will remind you again in ${SNOOZE_MINUTES} minutes.`,
  sent: 'Waiting for your answer.',
  planned: 'Not due yet.',
  missed: 'This reminder was missed.',
  moved: 'This reminder moved with your time zone.',
};

function outcomeHtml(prescription: Prescription | null, status: DoseItem['status']): string {
  const line = OUTCOME_LINES[status];
  return prescription === null ? line : `${reminderText(prescription)}\n\n${line}`;
}
