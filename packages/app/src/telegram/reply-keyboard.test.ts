import { confirmedPrescriptionId, replyKeyboard } from './reply-keyboard';

describe('replyKeyboard', () => {
  describe('when there are no actions', () => {
    it('returns no keyboard', () => {
      expect(replyKeyboard([])).toBeUndefined();
    });
  });

  describe('when there are two confirm actions', () => {
    it('puts one button per row with rx:confirm data', () => {
      const keyboard = replyKeyboard([
        { kind: 'confirmPrescription', prescriptionId: 'a1', label: 'Confirm A' },
        { kind: 'confirmPrescription', prescriptionId: 'b2', label: 'Confirm B' },
      ]);

      expect(keyboard?.inline_keyboard).toEqual([
        [{ text: 'Confirm A', callback_data: 'rx:confirm:a1' }],
        [{ text: 'Confirm B', callback_data: 'rx:confirm:b2' }],
      ]);
    });
  });
});

describe('confirmedPrescriptionId', () => {
  describe('when the data is a confirm button', () => {
    it('returns the id', () => {
      expect(confirmedPrescriptionId('rx:confirm:e841fb82-33ff-4b89-9ded-467c1aaae469')).toBe(
        'e841fb82-33ff-4b89-9ded-467c1aaae469',
      );
    });
  });

  describe('when the data is foreign or malformed', () => {
    it('returns null', () => {
      expect(
        ['rx:skip:1', 'rx:confirm:', 'rx:confirm:../x', 'rx:confirm:a b', 'other'].map(
          confirmedPrescriptionId,
        ),
      ).toEqual([null, null, null, null, null]);
    });
  });
});
