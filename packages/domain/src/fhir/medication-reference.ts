import type { CodeableConcept } from '@medplum/fhirtypes';
import type { Quantity } from '../sig/sig-reading';
import type { BundleResource } from './bundle-entries';
import { FhirJsonReader, isJsonRecord, type JsonRecord } from './fhir-json';

/** What a MedicationRequest says about the medicine itself. */
export interface MedicationFacts {
  /** Display name: `text`, else the first coding's display. */
  readonly name: string;
  /** The single ingredient's name, lower-cased, when a Medication resource gives one. */
  readonly ingredient: string | null;
  /** Strength per unit from the single ingredient of a Medication resource. */
  readonly strength: Quantity | null;
}

/**
 * Finds the medicine of a MedicationRequest: `medicationCodeableConcept`, or
 * `medicationReference` resolved as a contained `#id`, a `urn:uuid:` (or other absolute)
 * `fullUrl` of the bundle, or a relative `Medication/{id}`. A reference that cannot be resolved
 * but has a `display` uses the display with a warning; otherwise it is an error. Returns null
 * after recording an issue when no name can be found.
 */
export function readMedication(
  request: JsonRecord,
  path: string,
  bundle: readonly BundleResource[],
  json: FhirJsonReader,
): MedicationFacts | null {
  const concept = json.concept(request, 'medicationCodeableConcept', path);
  if (concept) return factsFromConcept(concept, null, json, `${path}.medicationCodeableConcept`);
  const reference = json.record(request, 'medicationReference', path);
  if (!reference) {
    const absent = request['medicationCodeableConcept'] === undefined;
    if (absent && request['medicationReference'] === undefined) {
      json.error(
        'required',
        `${path}.medication[x]`,
        'a medication concept or reference is needed',
      );
    }
    return null;
  }
  return readReference(reference, request, `${path}.medicationReference`, bundle, json);
}

function readReference(
  reference: JsonRecord,
  request: JsonRecord,
  path: string,
  bundle: readonly BundleResource[],
  json: FhirJsonReader,
): MedicationFacts | null {
  const target = json.string(reference, 'reference', path);
  const display = json.string(reference, 'display', path)?.trim();
  const medication = target === undefined ? null : resolve(target, request, path, bundle);
  if (medication) {
    const concept = json.concept(medication.resource, 'code', medication.path);
    return factsFromConcept(concept ?? {}, medication, json);
  }
  if (display) {
    if (target !== undefined) json.warn('not-found', `${path}.reference`, 'using its display');
    return { name: display, ingredient: null, strength: null };
  }
  json.error('not-found', `${path}.reference`, 'does not resolve to a Medication in the bundle');
  return null;
}

interface ResolvedMedication {
  readonly resource: JsonRecord;
  readonly path: string;
}

function resolve(
  target: string,
  request: JsonRecord,
  referencePath: string,
  bundle: readonly BundleResource[],
): ResolvedMedication | null {
  if (target.startsWith('#')) {
    const contained = Array.isArray(request['contained']) ? request['contained'] : [];
    const index = contained.findIndex(
      (r) =>
        isJsonRecord(r) && r['resourceType'] === 'Medication' && `#${String(r['id'])}` === target,
    );
    const found: unknown = contained[index];
    const requestPath = referencePath.replace(/\.medicationReference$/, '');
    return isJsonRecord(found)
      ? { resource: found, path: `${requestPath}.contained[${index}]` }
      : null;
  }
  const medications = bundle.filter((e) => e.resourceType === 'Medication');
  const relative = /^Medication\/([A-Za-z0-9\-.]{1,64})(?:\/_history\/.*)?$/.exec(target);
  const found =
    medications.find((e) => e.fullUrl === target) ??
    (relative
      ? medications.find(
          (e) => e.id === relative[1] || e.fullUrl?.endsWith(`/Medication/${relative[1]}`),
        )
      : undefined);
  return found ? { resource: found.resource, path: found.path } : null;
}

function factsFromConcept(
  concept: CodeableConcept,
  medication: ResolvedMedication | null,
  json: FhirJsonReader,
  conceptPath = `${medication?.path ?? ''}.code`,
): MedicationFacts | null {
  const name = (concept.text ?? concept.coding?.find((c) => c.display)?.display)?.trim();
  if (!name) {
    json.error('required', conceptPath, 'the medication needs a text or a coding display');
    return null;
  }
  const ingredient = medication ? readIngredient(medication, json) : null;
  return { name, ingredient: ingredient?.name ?? null, strength: ingredient?.strength ?? null };
}

function readIngredient(
  medication: ResolvedMedication,
  json: FhirJsonReader,
): { name: string | null; strength: Quantity | null } | null {
  const { resource } = medication;
  const ingredients: unknown = resource['ingredient'];
  if (!Array.isArray(ingredients)) return null;
  const only: unknown = ingredients[0];
  if (ingredients.length !== 1 || !isJsonRecord(only)) return null;
  const path = `${medication.path}.ingredient[0]`;
  const item = json.concept(only, 'itemCodeableConcept', path);
  const ratio = json.record(only, 'strength', path);
  const numerator = ratio ? json.quantity(ratio, 'numerator', `${path}.strength`) : undefined;
  const denominator = ratio ? json.quantity(ratio, 'denominator', `${path}.strength`) : undefined;
  const perUnit = numerator?.value !== undefined && (denominator?.value ?? 1) === 1;
  return {
    name: item?.text?.trim().toLowerCase() || null,
    strength: perUnit ? { value: numerator.value ?? 0, unit: numerator.unit ?? null } : null,
  };
}
