import { buildPrescription } from '../testing/prescription-fixture';
import { findActiveDuplicate } from './duplicate-medication';

describe('findActiveDuplicate', () => {
  const amlodipine = buildPrescription({ prescriptionId: 'rx-a', medication: 'Amlodipine 5 mg' });

  describe('when an active prescription has the same first word', () => {
    it('returns it', () => {
      expect(findActiveDuplicate([amlodipine], 'amlodipine')).toEqual(amlodipine);
    });
  });

  describe('when no active prescription matches', () => {
    it('returns null', () => {
      expect(findActiveDuplicate([amlodipine], 'Metformin')).toBeNull();
    });
  });
});
