/**
 * Something the app renders next to the reply, such as a button. Tools add actions through
 * `ToolContext.addAction`; the turn result carries them in order.
 */
export type ReplyAction = {
  /** A button that confirms a draft prescription so reminders start. */
  readonly kind: 'confirmPrescription';
  /** Id of the draft saved by `propose_prescription`. */
  readonly prescriptionId: string;
  /** Button text, at most {@link MAX_ACTION_LABEL_LENGTH} characters. */
  readonly label: string;
};

/** Longest button text an action carries (Telegram allows 64 bytes; we stay well under). */
export const MAX_ACTION_LABEL_LENGTH = 40;
