import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildPrescription } from '../testing/prescription-fixture';
import { buildToolContext } from '../testing/tool-context-fixture';
import { createListMedicationsTool, NO_MEDICATIONS } from './list-medications';

function toolWith(prescriptions: InMemoryPrescriptionStore) {
  return createListMedicationsTool({
    prescriptions,
    profiles: new InMemoryProfileStore(),
    newId: () => 'unused',
  });
}

describe('list_medications', () => {
  describe('when the user has active and draft prescriptions', () => {
    it('lists only the active ones of this user', async () => {
      const store = new InMemoryPrescriptionStore({
        'user-1': [
          buildPrescription(),
          buildPrescription({ prescriptionId: 'rx-2', medication: 'Draftol', status: 'draft' }),
        ],
        'user-2': [buildPrescription({ prescriptionId: 'rx-3', medication: 'Otherine' })],
      });

      const outcome = await toolWith(store).run({}, buildToolContext().context);

      expect(outcome).toEqual({
        status: 'success',
        summary: 'Your medicines:\n- Metformin: 1 tablet every day at 08:00 and 20:00.',
        data: {
          medications: [
            {
              medication: 'Metformin',
              schedule: '1 tablet every day at 08:00 and 20:00',
              instruction: 'Metformin 500 mg 1 tablet twice daily',
            },
          ],
        },
      });
    });
  });

  describe('when a medicine is taken only when needed', () => {
    it('lists its strength, reason, shortest gap and daily maximum', async () => {
      const base = buildPrescription();
      const salbutamol = buildPrescription({
        medication: 'Salbutamol',
        instructionText: 'Salbutamol 100 mcg 2 puffs every 4 hours as needed for wheeze, max 8/day',
        sig: {
          ...base.sig,
          medication: 'salbutamol',
          strength: { value: 100, unit: 'mcg' },
          dose: { min: 2, max: 2, unit: 'puff' },
          frequency: { count: 1, period: 4, periodUnit: 'h' },
          asNeeded: true,
          asNeededFor: 'wheeze',
          maxPerDay: { value: 8, unit: 'puff' },
        },
        schedule: {
          ...base.schedule,
          phases: [
            {
              days: null,
              doses: [
                {
                  pattern: { kind: 'asNeeded', reason: 'wheeze' },
                  dose: { min: 2, max: 2, unit: 'puff' },
                },
              ],
            },
          ],
        },
      });
      const store = new InMemoryPrescriptionStore({ 'user-1': [salbutamol] });

      const outcome = await toolWith(store).run({}, buildToolContext().context);

      expect(outcome.summary).toBe(
        'Your medicines:\n- Salbutamol 100 mcg: 2 puffs only when needed for wheeze, at least 4 hours apart, no more than 8 puffs in 24 hours.',
      );
    });
  });

  describe('when the user has none', () => {
    it('says so', async () => {
      const outcome = await toolWith(new InMemoryPrescriptionStore()).run(
        {},
        buildToolContext().context,
      );

      expect(outcome).toEqual({
        status: 'success',
        summary: NO_MEDICATIONS,
        data: { medications: [] },
      });
    });
  });
});
