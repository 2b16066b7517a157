import { buildPrescription } from '../testing/prescription-fixture';
import { describePrescription } from './prescription-description';

describe('describePrescription', () => {
  describe('when the sig has a strength', () => {
    it('puts it after the name', () => {
      const base = buildPrescription();
      const prescription = buildPrescription({
        sig: { ...base.sig, strength: { value: 500, unit: 'mg' } },
      });

      expect(describePrescription(prescription)).toEqual({
        title: 'Metformin 500 mg',
        line: 'Metformin 500 mg: 1 tablet every day at 08:00 and 20:00',
        schedule: {
          text: '1 tablet every day at 08:00 and 20:00',
          timesPerDay: ['08:00', '20:00'],
          asNeeded: false,
        },
      });
    });
  });

  describe('when the name already carries the strength', () => {
    it('does not repeat it', () => {
      const base = buildPrescription();
      const prescription = buildPrescription({
        medication: 'Amlodipine 5 mg',
        sig: { ...base.sig, strength: { value: 5, unit: 'mg' } },
      });

      expect(describePrescription(prescription).title).toBe('Amlodipine 5 mg');
    });
  });
});
