import { findDoseAmounts } from './sig-dose';

describe('findDoseAmounts', () => {
  describe('when a clause states amounts', () => {
    it.each([
      ['take 1 tablet', { min: 1, max: 1, unit: 'tablet' }],
      ['1-2 caps', { min: 1, max: 2, unit: 'capsule' }],
      ['1 to 2 puffs', { min: 1, max: 2, unit: 'puff' }],
      ['2 gtts', { min: 2, max: 2, unit: 'drop' }],
      ['40 u', { min: 40, max: 40, unit: 'unit' }],
      ['1 teaspoon', { min: 5, max: 5, unit: 'mL' }],
      ['2 - 3 5 ml spoonfuls', { min: 10, max: 15, unit: 'mL' }],
      ['1 po', { min: 1, max: 1, unit: null }],
      ['150 mg/m2', { min: 150, max: 150, unit: 'mg/m2' }],
    ])('reads "%s"', (text, dose) => {
      expect(findDoseAmounts(text)[0]?.dose).toEqual(dose);
    });
  });

  describe('when a strength follows the amount', () => {
    it.each([
      ['2 capsules 800 mg', { value: 400, unit: 'mg' }],
      ['3 ml = 150 mg', { value: 50, unit: 'mg/mL' }],
      ['1 tablet ( 5 mg total )', { value: 5, unit: 'mg' }],
      ['100 mg ( 4 ml )', { value: 25, unit: 'mg/mL' }],
    ])('derives the per-unit strength from "%s"', (text, strength) => {
      const [first, ...rest] = findDoseAmounts(text);
      expect({ strength: first?.strength, more: rest.length }).toEqual({ strength, more: 0 });
    });
  });
});
