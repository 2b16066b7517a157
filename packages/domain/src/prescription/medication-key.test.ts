import { medicationKey } from './medication-key';

describe('medicationKey', () => {
  describe('when names differ only after the first word or in case', () => {
    it('gives them the same key', () => {
      expect(medicationKey('  Warfarin 5 mg')).toBe('warfarin');
      expect(medicationKey('WARFARIN sodium')).toBe('warfarin');
      expect(medicationKey('  Amlodipine 5 mg')).toBe('amlodipine');
    });
  });

  describe('when the name is blank', () => {
    it('gives an empty key', () => {
      expect(medicationKey('   ')).toBe('');
    });
  });
});
