/**
 * One problem found while reading FHIR input, shaped like a FHIR `OperationOutcome.issue`.
 * `error` issues reject the whole input; `warning` issues describe something left out on purpose.
 */
export interface FhirIssue {
  readonly severity: 'error' | 'warning';
  /** FHIR IssueType code: `structure`, `required`, `value`, `not-supported`, `not-found`, … */
  readonly code: FhirIssueCode;
  /** FHIRPath-like location, such as `Bundle.entry[0].resource.dosageInstruction[1].timing`. */
  readonly path: string;
  /** Plain-language explanation for an operator; never holds medication names or free text. */
  readonly message: string;
}

/** The FHIR IssueType codes this package emits. */
export type FhirIssueCode =
  'structure' | 'required' | 'value' | 'not-supported' | 'not-found' | 'invalid';

/** Builds an `error` issue. */
export function fhirError(code: FhirIssueCode, path: string, message: string): FhirIssue {
  return { severity: 'error', code, path, message };
}

/** Builds a `warning` issue. */
export function fhirWarning(code: FhirIssueCode, path: string, message: string): FhirIssue {
  return { severity: 'warning', code, path, message };
}
