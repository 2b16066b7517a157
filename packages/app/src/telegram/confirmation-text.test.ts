import type { DosePattern, Prescription } from '@ctrl-alt-heal/domain';
import { confirmationText } from './confirmation-text';

function prescriptionWith(patterns: DosePattern[]): Prescription {
  return {
    prescriptionId: 'rx1',
    medication: 'Ibuprofen <200 mg>',
    instructionText: 'Take 1 tablet every 8 hours',
    sig: {} as Prescription['sig'],
    schedule: {
      timeZone: 'Asia/Kolkata',
      startDate: '2026-03-01',
      endDate: null,
      maxDoses: null,
      phases: [{ days: null, doses: patterns.map((pattern) => ({ pattern, dose: null })) }],
    },
    status: 'active',
    source: 'text',
    createdAt: '2026-03-01T00:00:00.000Z',
  };
}

describe('confirmationText', () => {
  describe('when the schedule runs every 8 hours', () => {
    it('lists the day times from the first dose, escaped', () => {
      expect(
        confirmationText(
          prescriptionWith([{ kind: 'interval', firstTime: '06:30', everyHours: 8 }]),
        ),
      ).toBe(
        'Saved \u2705 <b>Ibuprofen &lt;200 mg&gt;</b>\n<i>Take 1 tablet every 8 hours</i>\n' +
          'I will remind you at 06:30, 14:30, 22:30 (Asia/Kolkata).',
      );
    });
  });

  describe('when the medicine is taken only as needed', () => {
    it('says no reminders are sent', () => {
      expect(confirmationText(prescriptionWith([{ kind: 'asNeeded', reason: 'pain' }]))).toContain(
        'taken only as needed, so I will not send reminders for it.',
      );
    });
  });
});
