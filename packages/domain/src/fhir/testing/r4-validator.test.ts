import type { MedicationRequest } from '@medplum/fhirtypes';
import { validateR4 } from './r4-validator';

describe('validateR4', () => {
  describe('when a resource breaks the R4 structure', () => {
    it('reports a missing subject and a malformed time of day', () => {
      const request = {
        resourceType: 'MedicationRequest',
        status: 'active',
        intent: 'order',
        medicationCodeableConcept: { text: 'x' },
        dosageInstruction: [{ timing: { repeat: { timeOfDay: ['8:00'] } } }],
      } as MedicationRequest;

      const issues = validateR4(request);

      expect(issues.map((i) => i.expression)).toEqual([
        ['MedicationRequest.subject'],
        ['MedicationRequest.dosageInstruction[0].timing.repeat.timeOfDay[0]'],
      ]);
    });
  });
});
