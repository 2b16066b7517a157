import { medicineNameKey, medicineNameKeys } from './medicine-name-key';

describe('medicineNameKey', () => {
  describe('when names differ only after the first word or in case', () => {
    it('gives them the same key', () => {
      expect(medicineNameKey('  Warfarin 5 mg')).toBe('warfarin');
      expect(medicineNameKey('WARFARIN sodium')).toBe('warfarin');
    });
  });

  describe('when a name is blank', () => {
    it('leaves it out of the key set', () => {
      expect(medicineNameKeys([{ medication: ' ' }, { medication: 'Metformin 500 mg' }])).toEqual(
        new Set(['metformin']),
      );
    });
  });
});
