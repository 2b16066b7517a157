import type { Prescription } from '@ctrl-alt-heal/domain';
import { InlineKeyboard } from 'grammy';

/** Callback data prefix of a medicine button of `/stop` (asks for confirmation). */
export const STOP_ASK_PREFIX = 'rx:stop:';
/** Callback data prefix of the "Yes, stop it" button. */
export const STOP_YES_PREFIX = 'rx:stopy:';
/** Callback data of the "Keep it" button. */
export const STOP_KEEP_DATA = 'rx:keep';

/** Telegram's limit on callback data, in bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;
/** How much of an id an index reference carries, so a shifted list is never misread. */
const ID_PREFIX_LENGTH = 24;
const INDEX_REF = /^#(\d{1,3}):(.+)$/;

/** Which medicine a `/stop` button names: its id, or its place in the active list. */
export type StopRef =
  | { readonly kind: 'id'; readonly prescriptionId: string }
  | { readonly kind: 'index'; readonly index: number; readonly idPrefix: string };

/** What a `/stop` button asks for, read back from its callback data. */
export type StopChoice =
  { readonly kind: 'ask' | 'yes'; readonly ref: StopRef } | { readonly kind: 'keep' };

/**
 * The callback data of a `/stop` button for the `index`-th active prescription:
 * `<prefix><id>` when it fits in 64 bytes, else `<prefix>#<index>:<first 24 id characters>`,
 * which is re-resolved against the active list on press and checked against the id start.
 */
export function stopButtonData(
  prefix: typeof STOP_ASK_PREFIX | typeof STOP_YES_PREFIX,
  prescriptionId: string,
  index: number,
): string {
  const direct = `${prefix}${prescriptionId}`;
  if (Buffer.byteLength(direct) <= CALLBACK_DATA_MAX_BYTES && !direct.includes('#')) return direct;
  return `${prefix}#${index}:${shortPrefix(prescriptionId)}`;
}

/** One button per active medicine, in list order. */
export function stopListKeyboard(active: readonly Prescription[]): InlineKeyboard {
  return InlineKeyboard.from(
    active.map((rx, index) => [
      InlineKeyboard.text(rx.medication, stopButtonData(STOP_ASK_PREFIX, rx.prescriptionId, index)),
    ]),
  );
}

/** The "Yes, stop it" and "Keep it" buttons for the medicine the pressed button named. */
export function stopConfirmKeyboard(prescriptionId: string, index: number): InlineKeyboard {
  return InlineKeyboard.from([
    [InlineKeyboard.text('Yes, stop it', stopButtonData(STOP_YES_PREFIX, prescriptionId, index))],
    [InlineKeyboard.text('Keep it', STOP_KEEP_DATA)],
  ]);
}

/** Reads a `/stop` button's data; null for anything we did not issue. */
export function parseStopData(data: string): StopChoice | null {
  if (data === STOP_KEEP_DATA) return { kind: 'keep' };
  for (const [prefix, kind] of [
    [STOP_YES_PREFIX, 'yes'],
    [STOP_ASK_PREFIX, 'ask'],
  ] as const) {
    if (!data.startsWith(prefix)) continue;
    const ref = parseRef(data.slice(prefix.length));
    return ref === null ? null : { kind, ref };
  }
  return null;
}

/** The active prescription a reference names now; null when it is gone or the list shifted. */
export function resolveStopRef(ref: StopRef, active: readonly Prescription[]): Prescription | null {
  if (ref.kind === 'id')
    return active.find((rx) => rx.prescriptionId === ref.prescriptionId) ?? null;
  const found = active[ref.index];
  return found !== undefined && shortPrefix(found.prescriptionId) === ref.idPrefix ? found : null;
}

function parseRef(rest: string): StopRef | null {
  if (rest === '') return null;
  const match = INDEX_REF.exec(rest);
  if (match === null) return { kind: 'id', prescriptionId: rest };
  return { kind: 'index', index: Number(match[1]), idPrefix: match[2] ?? '' };
}

function shortPrefix(prescriptionId: string): string {
  return [...prescriptionId].slice(0, ID_PREFIX_LENGTH).join('');
}
