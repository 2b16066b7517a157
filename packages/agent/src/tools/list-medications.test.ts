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
