import type { SigReading } from '../sig/sig-reading';
import type { FhirIssue } from './fhir-issue';

/** One MedicationRequest of an imported bundle, read into our terms. */
export interface ImportedMedication {
  /** `MedicationRequest.id`, or null when the resource has none. */
  readonly requestId: string | null;
  /** Display name of the medicine (concept text or coding display, or the Medication's code). */
  readonly name: string;
  /** The `Dosage.text` values, verbatim, joined by a space; empty when there is none. */
  readonly instructionText: string;
  /** `patientInstruction` and `additionalInstruction` texts, verbatim, without repeats. */
  readonly notes: readonly string[];
  /** The dose and timing, from structured timing or, for text-only dosage, from the parser. */
  readonly reading: SigReading;
  /** `MedicationRequest.status` as written (such as `active`), or null. */
  readonly status: string | null;
  /** `MedicationRequest.authoredOn` as written, or null. */
  readonly authoredOn: string | null;
  /** Where the resource sits, such as `Bundle.entry[0].resource`. */
  readonly path: string;
}

/**
 * The outcome of a FHIR import: every medication, or every issue and nothing else. Warnings
 * (something left out on purpose) never block an import; a single error rejects all of it.
 */
export type FhirImportResult =
  | {
      readonly ok: true;
      readonly medications: readonly ImportedMedication[];
      readonly warnings: readonly FhirIssue[];
    }
  | { readonly ok: false; readonly issues: readonly FhirIssue[] };
