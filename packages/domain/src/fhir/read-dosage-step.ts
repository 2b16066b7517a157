import type { DoseRange, Quantity, SigStep } from '../sig/sig-reading';
import { FhirJsonReader, isJsonRecord, type JsonRecord } from './fhir-json';
import { routeFromCodeableConcept } from './fhir-route';
import { NO_TIMING, readTimingRepeat, type TimingFields } from './read-timing';
import { timingFromCode } from './timing-code';

/** A step read from one FHIR `Dosage`, plus what the entry says about itself. */
export interface DosageStep {
  readonly step: SigStep;
  /** `Dosage.sequence`, or null when absent. */
  readonly sequence: number | null;
  /** `Dosage.text`, or null when absent. */
  readonly text: string | null;
  /** True when the entry has `timing.repeat` or a known `timing.code` (then used as is). */
  readonly hasRepeat: boolean;
  /** Which of dose, route and as-needed the entry states in structured form. */
  readonly stated: { readonly dose: boolean; readonly route: boolean; readonly asNeeded: boolean };
}

/** A step with nothing set. */
export const EMPTY_STEP: SigStep = {
  ...NO_TIMING,
  strength: null,
  dose: null,
  route: null,
  asNeeded: false,
  asNeededFor: null,
  maxPerDay: null,
  steps: null,
  ambiguous: false,
  stepsType: null,
};

/**
 * Reads one FHIR `Dosage` (unchecked JSON) into a step. Every problem is recorded on `json` at
 * its path; the returned step then leaves the faulty field empty. Returns null when the entry is
 * not an object at all.
 */
export function readDosageStep(
  value: unknown,
  path: string,
  json: FhirJsonReader,
): DosageStep | null {
  if (!isJsonRecord(value)) {
    json.error('structure', path, 'must be an object');
    return null;
  }
  const repeat = readTiming(value, path, json);
  const routeConcept = json.concept(value, 'route', path);
  const route = routeConcept ? routeFromCodeableConcept(routeConcept) : null;
  if (routeConcept && !route) json.warn('not-supported', `${path}.route`, 'unknown route');
  const asNeeded = readAsNeeded(value, path, json);
  const dose = readDose(value, path, json);
  const step: SigStep = {
    ...EMPTY_STEP,
    ...(repeat ?? {}),
    dose,
    route,
    asNeeded: asNeeded?.asNeeded ?? false,
    asNeededFor: asNeeded?.reason ?? null,
    maxPerDay: readMaxPerDay(value, path, json),
  };
  const sequence = json.number(value, 'sequence', path) ?? null;
  const text = json.string(value, 'text', path)?.trim() || null;
  const stated = { dose: dose !== null, route: route !== null, asNeeded: asNeeded !== null };
  return { step, sequence, text, hasRepeat: repeat !== null, stated };
}

function readTiming(dosage: JsonRecord, path: string, json: FhirJsonReader): TimingFields | null {
  const timing = json.record(dosage, 'timing', path);
  if (!timing) return null;
  const at = `${path}.timing`;
  if (timing['event'] !== undefined) {
    json.error('not-supported', `${at}.event`, 'dose dates listed one by one');
  }
  const repeat = json.record(timing, 'repeat', at);
  if (repeat?.['offset'] !== undefined) {
    json.warn('not-supported', `${at}.repeat.offset`, 'the offset from the event is not kept');
  }
  if (repeat) return readTimingRepeat(repeat, `${at}.repeat`, json);
  const code = json.concept(timing, 'code', at);
  const fromCode = code ? timingFromCode(code) : null;
  if (code && !fromCode) json.warn('not-supported', `${at}.code`, 'unknown timing code: not read');
  return fromCode;
}

function readAsNeeded(
  dosage: JsonRecord,
  path: string,
  json: FhirJsonReader,
): { asNeeded: boolean; reason: string | null } | null {
  const flag = json.boolean(dosage, 'asNeededBoolean', path);
  if (flag !== undefined) return { asNeeded: flag, reason: null };
  const concept = json.concept(dosage, 'asNeededCodeableConcept', path);
  if (!concept) return null;
  const reason = concept.text ?? concept.coding?.find((c) => c.display)?.display ?? null;
  return { asNeeded: true, reason: reason?.trim().toLowerCase() || null };
}

function readDose(dosage: JsonRecord, path: string, json: FhirJsonReader): DoseRange | null {
  const entries = json.array(dosage, 'doseAndRate', path) ?? [];
  for (const [i, entry] of entries.entries()) {
    const at = `${path}.doseAndRate[${i}]`;
    if (!isJsonRecord(entry)) {
      json.error('structure', at, 'must be an object');
      continue;
    }
    const single = json.quantity(entry, 'doseQuantity', at);
    if (single) return rangeOf(single.value, single.value, single.unit ?? single.code, at, json);
    const range = json.record(entry, 'doseRange', at);
    if (range) {
      const low = json.quantity(range, 'low', `${at}.doseRange`);
      const high = json.quantity(range, 'high', `${at}.doseRange`);
      const unit = low?.unit ?? low?.code ?? high?.unit ?? high?.code;
      return rangeOf(low?.value, high?.value, unit, `${at}.doseRange`, json);
    }
  }
  return null;
}

function rangeOf(
  min: number | undefined,
  max: number | undefined,
  unit: string | undefined,
  path: string,
  json: FhirJsonReader,
): DoseRange | null {
  if (min === undefined || max === undefined || min < 0 || max < min) {
    json.error('value', path, 'a dose needs values with 0 <= low <= high');
    return null;
  }
  return { min, max, unit: unit ?? null };
}

function readMaxPerDay(dosage: JsonRecord, path: string, json: FhirJsonReader): Quantity | null {
  const ratio = json.record(dosage, 'maxDosePerPeriod', path);
  if (!ratio) return null;
  const at = `${path}.maxDosePerPeriod`;
  const numerator = json.quantity(ratio, 'numerator', at);
  const denominator = json.quantity(ratio, 'denominator', at);
  const per = (denominator?.code ?? denominator?.unit ?? '').toLowerCase();
  const hours = ['d', 'day', 'days'].includes(per)
    ? 24
    : ['h', 'hour', 'hours'].includes(per)
      ? 1
      : 0;
  if (numerator?.value === undefined || (denominator?.value ?? 0) * hours !== 24) {
    json.error('not-supported', at, 'only a maximum per day (or per 24 hours) is supported');
    return null;
  }
  return { value: numerator.value, unit: numerator.unit ?? numerator.code ?? null };
}
