/** A CLI invocation understood from its arguments. */
export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'sig'; readonly text: string }
  | {
      readonly kind: 'fhirImport' | 'fhirExport' | 'ics';
      readonly file: string;
      /** The zone as typed; validated later. */
      readonly zone: string;
      /** First local date, `YYYY-MM-DD`; null means today in the zone. */
      readonly from: string | null;
      readonly days: number;
    };

/** Why the arguments could not be understood. */
export interface CliArgsError {
  readonly kind: 'error';
  readonly message: string;
}

/** Days of dose instants listed by `fhir import` when `--days` is not given. */
export const DEFAULT_DAYS = 7;
/** Largest `--days` accepted, to keep the output readable. */
export const MAX_DAYS = 366;

/** The usage text printed by `help` and after an argument error. */
export const USAGE = `Usage: pnpm cli <command>

  sig "<text>"
      Parse one instruction text; print the reading as JSON.
  fhir import <bundle.json> --tz <zone> [--from YYYY-MM-DD] [--days N]
      Import the MedicationRequests of a FHIR R4 Bundle; print each medication with its
      reading, schedule (or the questions to ask first) and the dose instants of N days
      (default ${DEFAULT_DAYS}, at most ${MAX_DAYS}) from --from (default: today in the zone).
  fhir export <bundle.json> --tz <zone> [--from YYYY-MM-DD]
      Import the bundle as above, then print a normalized FHIR R4 collection Bundle built from
      it: a placeholder Patient, one MedicationRequest per medication with structured dosage
      (medicines whose instructions need clarification are exported with status draft).
  ics <bundle.json> --tz <zone> [--from YYYY-MM-DD]
      Import the bundle as above and print an iCalendar file of its reminders on stdout.
  help
      Show this text.

<zone> is an IANA name (Europe/London), a UTC offset (+05:30), a city or a country.
Errors go to stderr with exit code 1 (2 for arguments the CLI does not understand).
`;

const FILE_COMMANDS: Readonly<Record<string, 'fhirImport' | 'fhirExport' | 'ics'>> = {
  'fhir import': 'fhirImport',
  'fhir export': 'fhirExport',
  ics: 'ics',
};

/**
 * Reads the CLI's arguments (without `node` and the script path). Never throws: anything it
 * cannot use comes back as `{ kind: 'error', message }`.
 */
export function parseCliArgs(args: readonly string[]): CliCommand | CliArgsError {
  const [first, second, ...rest] = args;
  if (first === undefined || ['help', '--help', '-h'].includes(first)) return { kind: 'help' };
  if (first === 'sig') {
    const text = [second, ...rest]
      .filter((a) => a !== undefined)
      .join(' ')
      .trim();
    return text ? { kind: 'sig', text } : error('sig needs an instruction text');
  }
  const name = first === 'fhir' ? `fhir ${second ?? ''}` : first;
  const kind = FILE_COMMANDS[name];
  if (!kind) return error(`unknown command: ${name.trim()}`);
  return parseFileCommand(kind, first === 'fhir' ? rest : [second, ...rest]);
}

function parseFileCommand(
  kind: 'fhirImport' | 'fhirExport' | 'ics',
  args: readonly (string | undefined)[],
): CliCommand | CliArgsError {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === undefined) continue;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const value = args[i + 1];
    if (!['--tz', '--from', '--days'].includes(arg)) return error(`unknown option: ${arg}`);
    if (value === undefined || value.startsWith('--')) return error(`${arg} needs a value`);
    options.set(arg, value);
    i += 1;
  }
  const [file, ...extra] = positional;
  if (!file || extra.length > 0) return error('give exactly one bundle file');
  const zone = options.get('--tz');
  if (!zone) return error('--tz <zone> is required');
  const from = options.get('--from') ?? null;
  if (from !== null && !/^\d{4}-\d{2}-\d{2}$/.test(from)) return error('--from must be YYYY-MM-DD');
  const days = Number(options.get('--days') ?? DEFAULT_DAYS);
  if (!Number.isInteger(days) || days < 1 || days > MAX_DAYS) {
    return error(`--days must be a whole number from 1 to ${MAX_DAYS}`);
  }
  return { kind, file, zone, from, days };
}

function error(message: string): CliArgsError {
  return { kind: 'error', message };
}
