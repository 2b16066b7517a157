import type { Prescription, SigReading } from '@ctrl-alt-heal/domain';

/** A sig reading of "1 tablet three times a day for 7 days", with overrides. */
export function sigReadingFixture(overrides: Partial<SigReading> = {}): SigReading {
  return {
    medication: 'amoxicillin',
    strength: { value: 500, unit: 'mg' },
    dose: { min: 1, max: 1, unit: 'tablet' },
    route: 'oral',
    frequency: { count: 3, period: 1, periodUnit: 'd' },
    periodMax: null,
    timesOfDay: null,
    when: null,
    dayOfWeek: null,
    asNeeded: false,
    asNeededFor: null,
    maxPerDay: null,
    duration: { value: 7, unit: 'd' },
    steps: null,
    ambiguous: false,
    frequencyMax: null,
    count: null,
    stepsType: null,
    ...overrides,
  };
}

/** A draft amoxicillin prescription taken at 08:00, 14:00 and 20:00, with overrides. */
export function prescriptionFixture(overrides: Partial<Prescription> = {}): Prescription {
  return {
    prescriptionId: 'rx-1',
    medication: 'Amoxicillin 500 mg',
    instructionText: 'Take 1 tablet three times a day for 7 days',
    sig: sigReadingFixture(),
    schedule: {
      timeZone: 'Europe/London',
      startDate: '2026-03-01',
      endDate: '2026-03-07',
      maxDoses: null,
      phases: [
        {
          doses: [
            {
              pattern: { kind: 'daily', times: ['08:00', '14:00', '20:00'], everyNDays: 1 },
              dose: { min: 1, max: 1, unit: 'tablet' },
            },
          ],
          days: null,
        },
      ],
    },
    status: 'draft',
    source: 'text',
    createdAt: '2026-03-01T09:00:00.000Z',
    ...overrides,
  };
}
