import { EMPTY_SIG_STEP } from '@ctrl-alt-heal/domain';
import type { DoseSchedule, Prescription, SigReading } from '@ctrl-alt-heal/domain';

const EMPTY_READING: SigReading = { medication: null, ...EMPTY_SIG_STEP };

const TWICE_DAILY: DoseSchedule = {
  timeZone: 'Asia/Kolkata',
  startDate: '2026-12-01',
  endDate: null,
  maxDoses: null,
  phases: [
    {
      days: null,
      doses: [
        {
          pattern: { kind: 'daily', times: ['08:00', '20:00'], everyNDays: 1 },
          dose: { min: 1, max: 1, unit: 'tablet' },
        },
      ],
    },
  ],
};

/**
 * Builds an active prescription for tests. Defaults: `rx-1`, Metformin, 1 tablet daily at
 * 08:00 and 20:00 in Asia/Kolkata from 2026-12-01, typed text.
 */
export function buildPrescription(overrides: Partial<Prescription> = {}): Prescription {
  return {
    prescriptionId: 'rx-1',
    medication: 'Metformin',
    instructionText: 'Metformin 500 mg 1 tablet twice daily',
    sig: {
      ...EMPTY_READING,
      medication: 'metformin',
      dose: { min: 1, max: 1, unit: 'tablet' },
      frequency: { count: 2, period: 1, periodUnit: 'd' },
    },
    schedule: TWICE_DAILY,
    status: 'active',
    source: 'text',
    createdAt: '2026-12-01T00:00:00.000Z',
    ...overrides,
  };
}
