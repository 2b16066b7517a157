import type { Prescription } from '../../prescription/prescription';
import { buildSigReading } from './sig-reading-builder';

/** Builds an active prescription for tests: metformin twice daily unless overridden. */
export function buildPrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    prescriptionId: 'rx-1',
    medication: 'Metformin 500 mg',
    instructionText: 'Take 1 tablet twice a day with breakfast and dinner',
    sig: buildSigReading({
      medication: 'metformin',
      strength: { value: 500, unit: 'mg' },
      dose: { min: 1, max: 1, unit: 'tablet' },
      route: 'oral',
      frequency: { count: 2, period: 1, periodUnit: 'd' },
      when: ['CM', 'CV'],
    }),
    schedule: {
      timeZone: 'Europe/London',
      startDate: '2026-03-27',
      endDate: null,
      maxDoses: null,
      phases: [
        {
          days: null,
          doses: [
            {
              pattern: { kind: 'daily', times: ['08:00', '18:00'], everyNDays: 1 },
              dose: { min: 1, max: 1, unit: 'tablet' },
            },
          ],
        },
      ],
    },
    status: 'active',
    source: 'text',
    createdAt: '2026-03-27T09:15:00.000Z',
    ...overrides,
  };
}
