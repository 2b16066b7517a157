import { displayMedicationName } from './medication-name';

describe('displayMedicationName', () => {
  describe('when the instruction writes the name with capitals', () => {
    it('keeps them', () => {
      expect(displayMedicationName('vitamin d3', 'Vitamin D3 1000 units daily')).toBe('Vitamin D3');
    });
  });

  describe('when the name is all lower case', () => {
    it.each([
      ['vitamin d', 'Vitamin D'],
      ['co-amoxiclav', 'Co-amoxiclav'],
      ['amlodipine 5 mg', 'Amlodipine 5 mg'],
      ['  ibuprofen  ', 'Ibuprofen'],
    ])('title-cases "%s" as "%s"', (name, expected) => {
      expect(displayMedicationName(name)).toBe(expected);
    });
  });

  describe('when the patient typed the name with capitals', () => {
    it('keeps it as written', () => {
      expect(displayMedicationName('EpiPen')).toBe('EpiPen');
    });
  });
});
