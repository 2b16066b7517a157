import { medicineNameKeys } from './medicine-name-key';

describe('medicineNameKeys', () => {
  describe('when a name is blank', () => {
    it('leaves it out of the key set', () => {
      expect(medicineNameKeys([{ medication: ' ' }, { medication: 'Metformin 500 mg' }])).toEqual(
        new Set(['metformin']),
      );
    });
  });
});
