import type { EventTiming, SigReading } from '../sig/sig-reading';
import { assembleReading, type SequencedStep } from './assemble-reading';
import type { BundleResource } from './bundle-entries';
import { applyTimingHint, mergeDosageText } from './dosage-text-merge';
import { FhirJsonReader, isJsonRecord, type JsonRecord } from './fhir-json';
import type { ImportedMedication } from './imported-medication';
import { readMedication } from './medication-reference';
import { readDosageStep } from './read-dosage-step';

/** Turns an instruction text into a reading: the sig parser, or a fake in tests. */
export type SigParser = (text: string) => SigReading;

interface ReadDosage {
  readonly entry: SequencedStep;
  readonly text: string | null;
  readonly parsed: SigReading | null;
  readonly notes: readonly string[];
}

/**
 * Reads one MedicationRequest resource. Issues go to `json`; returns null when the resource
 * cannot be imported (its issues say why) or is marked `entered-in-error` (skipped with a
 * warning).
 */
export function readMedicationRequest(
  entry: BundleResource,
  bundle: readonly BundleResource[],
  json: FhirJsonReader,
  parse: SigParser,
): ImportedMedication | null {
  const { resource, path } = entry;
  const status = json.string(resource, 'status', path) ?? null;
  if (status === 'entered-in-error') {
    json.warn('invalid', `${path}.status`, 'entered in error: skipped');
    return null;
  }
  const facts = readMedication(resource, path, bundle, json);
  const dosages = readDosages(resource, path, json, parse);
  if (!facts || !dosages) return null;
  const reading = assembleReading(
    dosages.map((d) => d.entry),
    `${path}.dosageInstruction`,
    json,
  );
  const fromText = dosages.find((d) => d.parsed !== null)?.parsed ?? null;
  const fromName = parse(facts.name);
  return {
    requestId: entry.id,
    name: facts.name,
    instructionText: unique(dosages.map((d) => d.text)).join(' '),
    notes: unique(dosages.flatMap((d) => d.notes)),
    reading: {
      ...reading,
      medication: facts.ingredient ?? fromText?.medication ?? fromName.medication,
      strength: facts.strength ?? fromText?.strength ?? fromName.strength,
    },
    status,
    authoredOn: json.string(resource, 'authoredOn', path) ?? null,
    path,
  };
}

function readDosages(
  request: JsonRecord,
  path: string,
  json: FhirJsonReader,
  parse: SigParser,
): ReadDosage[] | null {
  const items = json.array(request, 'dosageInstruction', path);
  if (!items || items.length === 0) {
    json.error(
      'required',
      `${path}.dosageInstruction`,
      'at least one dosage instruction is needed',
    );
    return null;
  }
  const read = items.map((item, i) =>
    readDosage(item, `${path}.dosageInstruction[${i}]`, json, parse),
  );
  return read.every((r) => r !== null) ? read : null;
}

function readDosage(
  item: unknown,
  path: string,
  json: FhirJsonReader,
  parse: SigParser,
): ReadDosage | null {
  const read = readDosageStep(item, path, json);
  if (!read || !isJsonRecord(item)) return null;
  const parsed = read.text === null ? null : parse(read.text);
  const notes = readNotes(item, path, json);
  const hint = timingHint([
    ...notes.flatMap(sentences).map(parse),
    ...(read.hasRepeat && parsed?.steps === null ? [parsed] : []),
  ]);
  const { step } = applyTimingHint(mergeDosageText(read, parsed), hint);
  return { entry: { sequence: read.sequence, step }, text: read.text, parsed, notes };
}

function readNotes(dosage: JsonRecord, path: string, json: FhirJsonReader): string[] {
  const patient = json.string(dosage, 'patientInstruction', path)?.trim();
  const additional = (json.array(dosage, 'additionalInstruction', path) ?? []).map((c, i) => {
    const at = `${path}.additionalInstruction[${i}]`;
    if (isJsonRecord(c)) return json.string(c, 'text', at)?.trim();
    json.error('structure', at, 'must be an object');
    return undefined;
  });
  return unique([patient, ...additional]);
}

/** Splits a note into sentences, so "Taper as instructed. Take in the morning." yields MORN. */
function sentences(note: string): string[] {
  return note.split(/(?<=[.!?;])\s+/).filter((s) => s.trim().length > 0);
}

function timingHint(readings: readonly SigReading[]): EventTiming[] {
  return [...new Set(readings.flatMap((r) => r.when ?? []))];
}

function unique(texts: readonly (string | null | undefined)[]): string[] {
  return [...new Set(texts.filter((t): t is string => typeof t === 'string' && t.length > 0))];
}
