import { Temporal } from 'temporal-polyfill';
import { exportPatientBundle } from '../fhir/export-patient-bundle';
import type { FhirIssue } from '../fhir/fhir-issue';
import { importMedicationRequests } from '../fhir/import-medication-requests';
import { buildCalendar } from '../ics/build-calendar';
import { expandDoses } from '../schedule/expand-doses';
import { parseSig } from '../sig/parse-sig';
import { resolveTimeZone } from '../timezone/resolve-time-zone';
import { importToPrescriptions, type ImportedPrescription } from '../fhir/import-to-prescriptions';
import { parseCliArgs, USAGE, type CliCommand } from './parse-cli-args';

/** What the CLI may touch: given by the script, faked in tests. */
export interface CliIo {
  /** Reads a UTF-8 file; throws when it cannot. */
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly now: () => Date;
}

/** Exit code for a failure while running a command. */
export const EXIT_FAILURE = 1;
/** Exit code for arguments the CLI does not understand. */
export const EXIT_USAGE = 2;

type FileCommand = Extract<CliCommand, { file: string }>;

/** A failure to report on stderr; thrown and caught inside the CLI only. */
class CliFailure extends Error {
  override readonly name = 'CliFailure';
}

/**
 * Runs one CLI invocation and returns its exit code: 0 on success, `EXIT_FAILURE` after a
 * reported failure (unreadable file, invalid JSON, invalid bundle, unknown zone), `EXIT_USAGE`
 * for bad arguments. Results go to `io.stdout`; messages and issues go to `io.stderr`.
 */
export function runCli(args: readonly string[], io: CliIo): number {
  const command = parseCliArgs(args);
  if (command.kind === 'error') {
    io.stderr(`error: ${command.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  if (command.kind === 'sig') {
    io.stdout(`${JSON.stringify(parseSig(command.text), null, 2)}\n`);
    return 0;
  }
  try {
    io.stdout(runFileCommand(command, io));
    return 0;
  } catch (error) {
    if (!(error instanceof CliFailure)) throw error;
    io.stderr(`error: ${error.message}\n`);
    return EXIT_FAILURE;
  }
}

function runFileCommand(command: FileCommand, io: CliIo): string {
  const timeZone = checkZone(command.zone);
  const now = io.now();
  const startDate = checkDate(command.from ?? todayIn(timeZone, now));
  const { imported, warnings } = importBundle(readJson(command.file, io), {
    timeZone,
    startDate,
    now,
  });
  if (command.kind === 'fhirImport') {
    const medications = importReport(imported, startDate, command.days);
    return json({ timeZone, from: startDate, days: command.days, medications, warnings });
  }
  const prescriptions = imported.map((i) => i.prescription);
  if (command.kind === 'fhirExport') {
    return json(
      exportPatientBundle({ patient: { id: 'patient' }, prescriptions, administrations: [] }),
    );
  }
  const drafts = imported.filter((i) => i.clarifications.length > 0).length;
  if (drafts > 0)
    io.stderr(`note: ${drafts} medication(s) need clarification and have no events\n`);
  return buildCalendar({ timeZone, prescriptions, now });
}

function checkZone(input: string): string {
  const resolution = resolveTimeZone(input);
  if (resolution.kind === 'resolved') return resolution.timeZone;
  if (resolution.kind === 'ambiguous') {
    const options = resolution.candidates.map((c) => c.timeZone).join(', ');
    throw new CliFailure(`${resolution.message} (one of: ${options})`);
  }
  const hint =
    resolution.suggestions.length > 0 ? ` Did you mean: ${resolution.suggestions.join(', ')}?` : '';
  throw new CliFailure(`${resolution.message}${hint}`);
}

function todayIn(timeZone: string, now: Date): string {
  return Temporal.Instant.fromEpochMilliseconds(now.getTime())
    .toZonedDateTimeISO(timeZone)
    .toPlainDate()
    .toString();
}

function checkDate(date: string): string {
  try {
    return Temporal.PlainDate.from(date, { overflow: 'reject' }).toString();
  } catch (error) {
    if (error instanceof RangeError) throw new CliFailure(`not a date: ${date}`);
    throw error;
  }
}

function readJson(file: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    throw new CliFailure(
      `cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (error instanceof SyntaxError)
      throw new CliFailure(`${file} is not valid JSON: ${error.message}`);
    throw error;
  }
}

function importBundle(
  bundle: unknown,
  options: { timeZone: string; startDate: string; now: Date },
): { imported: ImportedPrescription[]; warnings: readonly FhirIssue[] } {
  const result = importMedicationRequests(bundle);
  if (!result.ok) {
    const lines = result.issues.map((i) => `  ${i.severity} ${i.code} at ${i.path}: ${i.message}`);
    throw new CliFailure(`the bundle cannot be imported:\n${lines.join('\n')}`);
  }
  return {
    imported: importToPrescriptions(result.medications, options),
    warnings: result.warnings,
  };
}

function importReport(
  imported: readonly ImportedPrescription[],
  startDate: string,
  days: number,
): unknown {
  return imported.map(({ imported: medication, prescription, clarifications }) => {
    const { schedule } = prescription;
    const from = Temporal.PlainDate.from(startDate);
    const range = {
      from: from.toZonedDateTime(schedule.timeZone).toInstant().toString(),
      to: from.add({ days }).toZonedDateTime(schedule.timeZone).toInstant().toString(),
    };
    return {
      name: medication.name,
      instructionText: medication.instructionText,
      notes: medication.notes,
      reading: medication.reading,
      schedule: clarifications.length === 0 ? schedule : null,
      clarifications,
      doses: clarifications.length === 0 ? expandDoses(schedule, range) : [],
    };
  });
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
