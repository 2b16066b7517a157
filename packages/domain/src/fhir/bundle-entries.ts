import { FhirJsonReader, isJsonRecord, type JsonRecord } from './fhir-json';

/** Bundle types accepted for import. */
export const IMPORTABLE_BUNDLE_TYPES = ['collection', 'transaction', 'searchset'] as const;

/** One resource of a bundle with where it sits. */
export interface BundleResource {
  readonly resource: JsonRecord;
  readonly resourceType: string;
  readonly id: string | null;
  readonly fullUrl: string | null;
  /** `Bundle.entry[i].resource` */
  readonly path: string;
}

/**
 * Checks the outer shape of a Bundle (resourceType, an importable `type`, an `entry` array) and
 * lists the resources of its entries. Structural problems are recorded on `json`; entries that
 * are unusable are skipped so later checks still run. Transaction entries that delete have no
 * resource and are ignored.
 */
export function readBundleEntries(bundle: unknown, json: FhirJsonReader): BundleResource[] {
  if (!isJsonRecord(bundle)) {
    json.error('structure', 'Bundle', 'must be a JSON object');
    return [];
  }
  if (bundle['resourceType'] !== 'Bundle') {
    json.error('invalid', 'Bundle.resourceType', 'must be "Bundle"');
  }
  const type = json.string(bundle, 'type', 'Bundle');
  if (!IMPORTABLE_BUNDLE_TYPES.some((t) => t === type)) {
    json.error('value', 'Bundle.type', `must be one of ${IMPORTABLE_BUNDLE_TYPES.join(', ')}`);
  }
  const entries = json.array(bundle, 'entry', 'Bundle');
  if (!entries) {
    if (bundle['entry'] === undefined)
      json.error('required', 'Bundle.entry', 'the bundle has no entries');
    return [];
  }
  return entries.flatMap((entry, i) => readEntry(entry, `Bundle.entry[${i}]`, json));
}

function readEntry(entry: unknown, path: string, json: FhirJsonReader): BundleResource[] {
  if (!isJsonRecord(entry)) {
    json.error('structure', path, 'must be an object');
    return [];
  }
  const fullUrl = json.string(entry, 'fullUrl', path) ?? null;
  const resource = json.record(entry, 'resource', path);
  if (!resource) {
    const request = json.record(entry, 'request', path);
    if (request?.['method'] !== 'DELETE') json.error('required', `${path}.resource`, 'missing');
    return [];
  }
  const at = `${path}.resource`;
  const resourceType = json.string(resource, 'resourceType', at);
  if (resourceType === undefined) {
    if (resource['resourceType'] === undefined)
      json.error('required', `${at}.resourceType`, 'missing');
    return [];
  }
  const id = json.string(resource, 'id', at) ?? null;
  return [{ resource, resourceType, id, fullUrl, path: at }];
}
