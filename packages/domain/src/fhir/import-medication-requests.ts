import { parseSig } from '../sig/parse-sig';
import { readBundleEntries } from './bundle-entries';
import { FhirJsonReader } from './fhir-json';
import type { FhirImportResult, ImportedMedication } from './imported-medication';
import { readMedicationRequest, type SigParser } from './read-medication-request';

/**
 * Imports the MedicationRequests of a FHIR R4 Bundle (`collection`, `transaction` or
 * `searchset`) given as unchecked JSON. The medicine comes from `medicationCodeableConcept` or a
 * `medicationReference` (contained `#id`, `urn:uuid:` fullUrl, or `Medication/{id}`). Structured
 * `timing.repeat` is used as is; text-only dosage goes through the sig parser; `when` codes in
 * the notes (patientInstruction, additionalInstruction) fill steps that lack a time of day.
 * Several `dosageInstruction` entries combine by `sequence` (equal = concurrent).
 *
 * Never throws for bad input and never returns part of a bundle: any error gives
 * `{ ok: false, issues }` with every issue found (errors and warnings).
 *
 * @param bundle - the parsed JSON document, unchecked
 * @param parse - the instruction parser; defaults to `parseSig`
 */
export function importMedicationRequests(
  bundle: unknown,
  parse: SigParser = parseSig,
): FhirImportResult {
  const json = new FhirJsonReader();
  const resources = readBundleEntries(bundle, json);
  const requests = resources.filter((r) => r.resourceType === 'MedicationRequest');
  if (resources.length > 0 && requests.length === 0) {
    json.error('not-found', 'Bundle.entry', 'the bundle holds no MedicationRequest');
  }
  const medications = requests.flatMap((entry): ImportedMedication[] => {
    const medication = readMedicationRequest(entry, resources, json, parse);
    return medication ? [medication] : [];
  });
  if (json.hasErrors()) return { ok: false, issues: json.issues };
  return { ok: true, medications, warnings: json.issues };
}
