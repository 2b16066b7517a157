import { parseSig } from '@ctrl-alt-heal/domain';

import { findImplausibleDose } from './implausible-dose';

describe('findImplausibleDose', () => {
  describe.each([
    ['Paracetamol 0 tab daily', { min: 0, max: 0, unit: 'tablet' }],
    ['Paracetamol 30 tablets daily', { min: 30, max: 30, unit: 'tablet' }],
    ['Lactulose 150 ml twice daily', { min: 150, max: 150, unit: 'mL' }],
    ['Metformin 50000 mg daily', { min: 50000, max: 50000, unit: 'mg' }],
  ])('when the text is "%s"', (text, dose) => {
    it('returns the implausible dose', () => {
      expect(findImplausibleDose(parseSig(text))).toEqual(dose);
    });
  });

  describe.each([
    'Amoxicillin 500 mg: 1 capsule three times daily',
    'Paracetamol 1 g four times daily',
    'Lactulose 15 ml twice daily',
    'Prednisolone 40 mg daily for 5 days then 30 mg daily for 5 days then 20 mg daily for 5 days',
  ])('when the text is "%s"', (text) => {
    it('returns null', () => {
      expect(findImplausibleDose(parseSig(text))).toBeNull();
    });
  });
});
