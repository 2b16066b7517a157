import { InlineKeyboard } from 'grammy';
import type { TurnAction } from '../intake/turn-runner';

/** Callback data prefix of a prescription confirm button; the prescription id follows. */
export const CONFIRM_PRESCRIPTION_PREFIX = 'rx:confirm:';

/**
 * An inline keyboard with one button per action, one per row; undefined when there are none.
 * Callback data stays under Telegram's 64-byte limit because prescription ids are short.
 */
export function replyKeyboard(actions: readonly TurnAction[]): InlineKeyboard | undefined {
  if (actions.length === 0) return undefined;
  return InlineKeyboard.from(
    actions.map((action) => [
      InlineKeyboard.text(action.label, `${CONFIRM_PRESCRIPTION_PREFIX}${action.prescriptionId}`),
    ]),
  );
}

/**
 * The prescription id in a confirm button's callback data, or null when the data is not a
 * confirm button we issued (unknown or malformed data from an old or forged message).
 */
export function confirmedPrescriptionId(data: string): string | null {
  if (!data.startsWith(CONFIRM_PRESCRIPTION_PREFIX)) return null;
  const id = data.slice(CONFIRM_PRESCRIPTION_PREFIX.length);
  return /^[A-Za-z0-9_-]{1,52}$/.test(id) ? id : null;
}
