import {
  importBatchKeyboard,
  importDraftId,
  MAX_IMPORT_DRAFTS,
  parseImportBatchData,
} from './import-batch-buttons';

const UUID = '3f6c2a9e-8d41-4b7a-9c55-0e2f1d7b6a13';

describe('import batch buttons', () => {
  describe('when a batch of a UUID and 20 drafts is encoded', () => {
    it('fits in 64 bytes and reads back', () => {
      const rows = importBatchKeyboard(UUID, MAX_IMPORT_DRAFTS).inline_keyboard;
      const data = rows
        .flat()
        .map((button) => ('callback_data' in button ? button.callback_data : ''));

      expect(data.every((d) => Buffer.byteLength(d) <= 64)).toBe(true);
      expect(data.map(parseImportBatchData)).toEqual([
        { kind: 'confirmAll', batchId: UUID, count: 20 },
        { kind: 'cancel', batchId: UUID, count: 20 },
      ]);
    });
  });

  describe('when the data is not ours', () => {
    it('reads as null', () => {
      expect(
        ['rx:all:a:0', 'rx:all:a:21', 'rx:all:a/b:1', 'rx:confirm:a', 'rx:all:a:1:x'].map(
          parseImportBatchData,
        ),
      ).toEqual([null, null, null, null, null]);
    });
  });

  describe('when draft ids are made', () => {
    it('numbers them from 1', () => {
      expect([0, 1].map((index) => importDraftId('b', index))).toEqual(['b-1', 'b-2']);
    });
  });

  describe('when the batch id is too long', () => {
    it('throws', () => {
      expect(() => importBatchKeyboard('x'.repeat(60), 1)).toThrow(
        new Error('import batch id does not fit in callback data'),
      );
    });
  });
});
