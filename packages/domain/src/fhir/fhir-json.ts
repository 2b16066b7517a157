import type { CodeableConcept, Coding, Quantity } from '@medplum/fhirtypes';
import { fhirError, type FhirIssue } from './fhir-issue';

/** A JSON object whose fields have not been checked yet. */
export type JsonRecord = Readonly<Record<string, unknown>>;

/** True for a plain JSON object (not null, not an array). */
export function isJsonRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads typed fields out of unchecked FHIR JSON. Each accessor returns `undefined` when the field
 * is absent, and also when it has the wrong type, in which case it records an error issue at
 * `path.key`. Callers therefore see every type error at once instead of the first.
 */
export class FhirJsonReader {
  /** The issues found so far, in the order they were found. */
  readonly issues: FhirIssue[] = [];

  /** A finite number field. */
  number(obj: JsonRecord, key: string, path: string): number | undefined {
    return this.typed(obj, key, path, 'a number', (v): v is number => Number.isFinite(v));
  }

  /** A string field. */
  string(obj: JsonRecord, key: string, path: string): string | undefined {
    return this.typed(obj, key, path, 'a string', (v): v is string => typeof v === 'string');
  }

  /** A boolean field. */
  boolean(obj: JsonRecord, key: string, path: string): boolean | undefined {
    return this.typed(obj, key, path, 'true or false', (v): v is boolean => typeof v === 'boolean');
  }

  /** An object field. */
  record(obj: JsonRecord, key: string, path: string): JsonRecord | undefined {
    return this.typed(obj, key, path, 'an object', isJsonRecord);
  }

  /** An array field; its items are still unchecked. */
  array(obj: JsonRecord, key: string, path: string): readonly unknown[] | undefined {
    return this.typed(obj, key, path, 'an array', (v): v is unknown[] => Array.isArray(v));
  }

  /** A `CodeableConcept` field, rebuilt from its checked `text` and `coding` parts. */
  concept(obj: JsonRecord, key: string, path: string): CodeableConcept | undefined {
    const value = this.record(obj, key, path);
    if (!value) return undefined;
    const at = `${path}.${key}`;
    const concept: CodeableConcept = {};
    const text = this.string(value, 'text', at);
    if (text !== undefined) concept.text = text;
    const codings = (this.array(value, 'coding', at) ?? []).flatMap((item, i) =>
      this.coding(item, `${at}.coding[${i}]`),
    );
    if (codings.length > 0) concept.coding = codings;
    return concept;
  }

  /** A `Quantity` field with its checked `value`, `unit` and `code`. */
  quantity(obj: JsonRecord, key: string, path: string): Quantity | undefined {
    const value = this.record(obj, key, path);
    if (!value) return undefined;
    const at = `${path}.${key}`;
    const quantity: Quantity = {};
    const amount = this.number(value, 'value', at);
    if (amount !== undefined) quantity.value = amount;
    const unit = this.string(value, 'unit', at);
    if (unit !== undefined) quantity.unit = unit;
    const code = this.string(value, 'code', at);
    if (code !== undefined) quantity.code = code;
    return quantity;
  }

  /** Records an error issue. */
  error(code: FhirIssue['code'], path: string, message: string): void {
    this.issues.push(fhirError(code, path, message));
  }

  /** Records a warning issue. */
  warn(code: FhirIssue['code'], path: string, message: string): void {
    this.issues.push({ severity: 'warning', code, path, message });
  }

  /** True when any error (not warning) has been recorded. */
  hasErrors(): boolean {
    return this.issues.some((i) => i.severity === 'error');
  }

  private coding(item: unknown, path: string): Coding[] {
    if (!isJsonRecord(item)) {
      this.error('structure', path, 'must be an object');
      return [];
    }
    const coding: Coding = {};
    const system = this.string(item, 'system', path);
    if (system !== undefined) coding.system = system;
    const code = this.string(item, 'code', path);
    if (code !== undefined) coding.code = code;
    const display = this.string(item, 'display', path);
    if (display !== undefined) coding.display = display;
    return [coding];
  }

  private typed<T>(
    obj: JsonRecord,
    key: string,
    path: string,
    expected: string,
    check: (value: unknown) => value is T,
  ): T | undefined {
    const value = obj[key];
    if (value === undefined) return undefined;
    if (check(value)) return value;
    this.error('structure', `${path}.${key}`, `must be ${expected}`);
    return undefined;
  }
}
