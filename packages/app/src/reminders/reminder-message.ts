import type { Prescription } from '@ctrl-alt-heal/domain';
import { InlineKeyboard } from 'grammy';
import { escapeHtml } from '../telegram/escape-html';
import type { DoseItem } from './dose-item';

/** Callback data prefix of a dose button: `dose:<action>:<short id>`. */
export const DOSE_BUTTON_PREFIX = 'dose:';

/** Minutes a snooze puts a reminder off. */
export const SNOOZE_MINUTES = 15;

/** Snoozes allowed per dose: the reminder after the last one has no Snooze button. */
export const MAX_SNOOZES = 2;

/** What a dose button asks for. */
export type DoseAction = 'taken' | 'snooze' | 'skip';

const ACTIONS: readonly DoseAction[] = ['taken', 'snooze', 'skip'];

/**
 * The reminder text in Telegram HTML: the medicine, its strength when the name does not
 * already state it, and the full instruction as written. Every piece of patient text is
 * escaped, so nothing in a prescription can inject markup.
 */
export function reminderText(prescription: Prescription): string {
  const strength = strengthOf(prescription);
  const lines = [
    '\u23F0 <b>Time for your medicine</b>',
    `<b>${escapeHtml(prescription.medication)}</b>`,
    ...(strength === null ? [] : [`Strength: ${escapeHtml(strength)}`]),
    escapeHtml(prescription.instructionText),
  ];
  return lines.join('\n');
}

/** The buttons under a reminder: Taken, Snooze 15 min (while snoozes remain) and Skip. */
export function reminderKeyboard(dose: Pick<DoseItem, 'shortId' | 'snoozeCount'>): InlineKeyboard {
  const keyboard = new InlineKeyboard().text('\u2705 Taken', doseButtonData('taken', dose.shortId));
  if (dose.snoozeCount < MAX_SNOOZES) {
    keyboard.text(`\u23F0 Snooze ${SNOOZE_MINUTES} min`, doseButtonData('snooze', dose.shortId));
  }
  return keyboard.text('\u23ED Skip', doseButtonData('skip', dose.shortId));
}

/** Callback data of one dose button; at most 30 bytes, under Telegram's 64. */
export function doseButtonData(action: DoseAction, shortId: string): string {
  return `${DOSE_BUTTON_PREFIX}${action}:${shortId}`;
}

/** The action and short id in a dose button's data, or null when it is not one we issue. */
export function parseDoseButtonData(
  data: string,
): { readonly action: DoseAction; readonly shortId: string } | null {
  const match = /^dose:([a-z]+):([0-9a-z]{1,8}\.[A-Za-z0-9_-]{8})$/.exec(data);
  const action = ACTIONS.find((candidate) => candidate === match?.[1]);
  if (action === undefined || match?.[2] === undefined) return null;
  return { action, shortId: match[2] };
}

function strengthOf(prescription: Prescription): string | null {
  const strength = prescription.sig.strength;
  if (strength === null) return null;
  const text = `${strength.value} ${strength.unit ?? ''}`.trim();
  const squash = (value: string): string => value.toLowerCase().replace(/\s+/g, '');
  return squash(prescription.medication).includes(squash(text)) ? null : text;
}
