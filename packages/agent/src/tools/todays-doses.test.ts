import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildPrescription } from '../testing/prescription-fixture';
import { buildToolContext } from '../testing/tool-context-fixture';
import { createTodaysDosesTool } from './todays-doses';

const PRN = buildPrescription({
  prescriptionId: 'rx-prn',
  medication: 'Paracetamol',
  createdAt: '2026-12-02T00:00:00.000Z',
  schedule: {
    timeZone: 'Asia/Kolkata',
    startDate: '2026-12-01',
    endDate: null,
    maxDoses: null,
    phases: [
      {
        days: null,
        doses: [
          {
            pattern: { kind: 'asNeeded', reason: 'pain' },
            dose: { min: 1, max: 2, unit: 'tablet' },
          },
        ],
      },
    ],
  },
});

function toolWith(prescriptions: InMemoryPrescriptionStore) {
  return createTodaysDosesTool({
    prescriptions,
    profiles: new InMemoryProfileStore(),
    newId: () => 'unused',
  });
}

describe('todays_doses', () => {
  describe('when it is mid-morning in the user zone', () => {
    it('lists the local date doses in order, marks past ones, and names as-needed medicines', async () => {
      const store = new InMemoryPrescriptionStore({ 'user-1': [buildPrescription(), PRN] });
      // 04:30 UTC is 10:00 in Kolkata.
      const { context } = buildToolContext({ now: new Date('2026-12-04T04:30:00Z') });

      const outcome = await toolWith(store).run({}, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: [
          'Today (2026-12-04):',
          '- 08:00 Metformin, 1 tablet (earlier today)',
          '- 20:00 Metformin, 1 tablet',
          'Only when needed: Paracetamol.',
        ].join('\n'),
        data: {
          localDate: '2026-12-04',
          doses: [
            {
              at: '2026-12-04T02:30:00Z',
              localTime: '08:00',
              medication: 'Metformin',
              dose: '1 tablet',
              isPast: true,
            },
            {
              at: '2026-12-04T14:30:00Z',
              localTime: '20:00',
              medication: 'Metformin',
              dose: '1 tablet',
              isPast: false,
            },
          ],
          asNeeded: ['Paracetamol'],
        },
      });
    });
  });

  describe('when UTC is still on the previous day', () => {
    it("uses the user's local date", async () => {
      const store = new InMemoryPrescriptionStore({ 'user-1': [buildPrescription()] });
      const { context } = buildToolContext({ now: new Date('2026-12-04T20:00:00Z') });

      const outcome = await toolWith(store).run({}, context);

      expect(outcome.data).toMatchObject({ localDate: '2026-12-05' });
    });
  });

  describe('when nothing is planned', () => {
    it('says so', async () => {
      const outcome = await toolWith(new InMemoryPrescriptionStore()).run(
        {},
        buildToolContext().context,
      );

      expect(outcome.summary).toBe('No doses are planned for today (2026-12-04).');
    });
  });
});
