import { InlineKeyboard } from 'grammy';

/** Callback data prefix of the "Confirm all" button of an imported bundle. */
export const CONFIRM_ALL_PREFIX = 'rx:all:';
/** Callback data prefix of the Cancel button of an imported bundle. */
export const CANCEL_IMPORT_PREFIX = 'rx:none:';
/** Most medicines one imported bundle may hold; a larger one is refused whole. */
export const MAX_IMPORT_DRAFTS = 20;

/** Telegram's limit on callback data, in bytes. */
const CALLBACK_DATA_MAX_BYTES = 64;
const BATCH_DATA = /^rx:(all|none):([A-Za-z0-9_-]{1,40}):(\d{1,2})$/;

/** What an import button asks for, read back from its callback data. */
export interface ImportBatchChoice {
  readonly kind: 'confirmAll' | 'cancel';
  readonly batchId: string;
  /** How many drafts the batch holds, 1 to {@link MAX_IMPORT_DRAFTS}. */
  readonly count: number;
}

/** The id of the `index`-th (0-based) draft of an import batch: `<batchId>-<index + 1>`. */
export function importDraftId(batchId: string, index: number): string {
  return `${batchId}-${index + 1}`;
}

/**
 * The "Confirm all" and Cancel buttons of an import batch of `count` drafts.
 *
 * @throws Error when the batch id makes the data longer than Telegram's 64 bytes (a bug:
 *   batch ids are generated UUIDs).
 */
export function importBatchKeyboard(batchId: string, count: number): InlineKeyboard {
  const confirm = `${CONFIRM_ALL_PREFIX}${batchId}:${count}`;
  const cancel = `${CANCEL_IMPORT_PREFIX}${batchId}:${count}`;
  if (
    Buffer.byteLength(cancel) > CALLBACK_DATA_MAX_BYTES ||
    parseImportBatchData(cancel) === null
  ) {
    throw new Error('import batch id does not fit in callback data');
  }
  return InlineKeyboard.from([
    [InlineKeyboard.text(count === 1 ? 'Confirm' : `Confirm all ${count}`, confirm)],
    [InlineKeyboard.text('Cancel', cancel)],
  ]);
}

/**
 * Reads an import button's callback data; null for anything we did not issue. The data is only
 * trusted as far as the store re-checks it: drafts are looked up for the pressing user only.
 */
export function parseImportBatchData(data: string): ImportBatchChoice | null {
  const match = BATCH_DATA.exec(data);
  if (match === null) return null;
  const [, action, batchId = '', digits] = match;
  const count = Number(digits);
  if (count < 1 || count > MAX_IMPORT_DRAFTS) return null;
  return { kind: action === 'all' ? 'confirmAll' : 'cancel', batchId, count };
}
