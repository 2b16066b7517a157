import type { Dosage } from '@medplum/fhirtypes';
import type { SigReading } from '../sig/sig-reading';
import { assembleReading } from './assemble-reading';
import { FhirJsonReader } from './fhir-json';
import { readDosageStep } from './read-dosage-step';

/**
 * Reads FHIR R4 `Dosage` entries back into a sig reading: the inverse of `sigToDosage`.
 * `Dosage.text` is not parsed here (FHIR import does that for text-only entries); `medication`
 * and `strength` stay null because `Dosage` does not carry them.
 *
 * Never throws. A value the reading cannot express (seconds as a unit, a maximum per week, dose
 * dates listed one by one) is left out and the reading is marked `ambiguous`, so a schedule built
 * from it asks before reminding. Use `importMedicationRequests` to get those problems as issues.
 */
export function dosageToSig(dosage: readonly Dosage[]): SigReading {
  const json = new FhirJsonReader();
  const entries = dosage.flatMap((d, i) => {
    const read = readDosageStep(d, `Dosage[${i}]`, json);
    return read ? [{ sequence: read.sequence, step: read.step }] : [];
  });
  const reading = assembleReading(entries, 'Dosage', json);
  return json.hasErrors() ? { ...reading, ambiguous: true } : reading;
}
