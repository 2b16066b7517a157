import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT_FAILURE, EXIT_USAGE, runCli, type CliIo } from './run-cli';

// CI clones the repository with the shared folder as a sibling.
const FIXTURES = resolve(__dirname, '../../../../fixtures/fhir-upstream');

/** A fake terminal: files from a map or the fixtures folder, output captured. */
class FakeTerminal implements CliIo {
  out = '';
  err = '';
  constructor(private readonly files: Record<string, string> = {}) {}
  readonly readFile = (path: string): string => {
    const text = this.files[path];
    if (text !== undefined) return text;
    if (path.startsWith('fixtures/')) return readFileSync(`${FIXTURES}/${path.slice(9)}`, 'utf8');
    throw new Error(`ENOENT: no such file, open '${path}'`);
  };
  readonly stdout = (text: string): void => {
    this.out += text;
  };
  readonly stderr = (text: string): void => {
    this.err += text;
  };
  readonly now = (): Date => new Date('2026-03-27T12:00:00Z');
}

describe('runCli', () => {
  describe('when parsing a sig', () => {
    it('prints the reading as JSON', () => {
      const io = new FakeTerminal();

      const code = runCli(['sig', 'take 1 tablet twice daily'], io);

      expect(code).toBe(0);
      expect(JSON.parse(io.out)).toMatchObject({
        dose: { min: 1, max: 1, unit: 'tablet' },
        frequency: { count: 2, period: 1, periodUnit: 'd' },
      });
    });
  });

  describe('when importing the taper fixture', () => {
    it('lists each medication with its dose instants for the days asked', () => {
      const io = new FakeTerminal();
      const args = [
        'fhir',
        'import',
        'fixtures/03_complex_with_notes_and_prn.json',
        '--tz',
        'Europe/London',
        '--from',
        '2026-03-27',
        '--days',
        '4',
      ];

      const code = runCli(args, io);

      const report = JSON.parse(io.out) as {
        timeZone: string;
        medications: { name: string; doses: { at: string }[]; clarifications: unknown[] }[];
      };
      expect(code).toBe(0);
      expect(report.timeZone).toBe('Europe/London');
      expect(report.medications.map((m) => [m.name, m.doses.map((d) => d.at)])).toEqual([
        ['Albuterol Inhaler 90 mcg', []],
        [
          'Prednisone 10 mg',
          // 08:00 local: GMT, then BST from 29 March.
          [
            '2026-03-27T08:00:00Z',
            '2026-03-28T08:00:00Z',
            '2026-03-29T07:00:00Z',
            '2026-03-30T07:00:00Z',
          ],
        ],
        ['Warfarin 5 mg', expect.any(Array)],
      ]);
    });
  });

  describe('when exporting a fixture', () => {
    it('prints a collection bundle with a request per medication', () => {
      const io = new FakeTerminal();

      const code = runCli(
        ['fhir', 'export', 'fixtures/02_polypharmacy_mixed_schedules.json', '--tz', 'UTC'],
        io,
      );

      const bundle = JSON.parse(io.out) as {
        type: string;
        entry: { resource: { resourceType: string } }[];
      };
      expect(code).toBe(0);
      expect([bundle.type, ...bundle.entry.map((e) => e.resource.resourceType)]).toEqual([
        'collection',
        'Patient',
        'MedicationRequest',
        'MedicationRequest',
        'MedicationRequest',
      ]);
    });
  });

  describe('when writing a calendar', () => {
    it('prints an iCalendar file with no event for the as-needed inhaler', () => {
      const io = new FakeTerminal();

      const code = runCli(
        ['ics', 'fixtures/03_complex_with_notes_and_prn.json', '--tz', 'Europe/London'],
        io,
      );

      expect(code).toBe(0);
      expect(io.out.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
      expect(io.out).not.toContain('Albuterol');
      expect(io.out).toContain('SUMMARY:Prednisone 10 mg: 3 tablet');
    });
  });

  describe('when something is wrong', () => {
    it.each([
      [
        ['fhir', 'import', 'missing.json', '--tz', 'UTC'],
        "error: cannot read missing.json: ENOENT: no such file, open 'missing.json'\n",
      ],
      [['ics', 'bad.json', '--tz', 'UTC'], 'error: bad.json is not valid JSON'],
      [
        ['ics', 'patient.json', '--tz', 'UTC'],
        'error: the bundle cannot be imported:\n  error not-found at Bundle.entry: the bundle holds no MedicationRequest\n',
      ],
      [
        ['ics', 'patient.json', '--tz', 'Nowhere/Land'],
        'error: I don\'t know the time zone "Nowhere/Land".',
      ],
      [['ics', 'patient.json', '--tz', 'IST'], 'error: IST is used for more than one time zone.'],
    ])('reports %p on stderr with exit code 1', (args, message) => {
      const io = new FakeTerminal({
        'bad.json': '{ not json',
        'patient.json': JSON.stringify({
          resourceType: 'Bundle',
          type: 'collection',
          entry: [{ resource: { resourceType: 'Patient' } }],
        }),
      });

      const code = runCli(args, io);

      expect([code, io.out, io.err.startsWith(message)]).toEqual([EXIT_FAILURE, '', true]);
    });

    it('prints the usage after an argument error with exit code 2', () => {
      const io = new FakeTerminal();

      const code = runCli(['fhir', 'import'], io);

      expect(code).toBe(EXIT_USAGE);
      expect(io.err).toMatch(/^error: give exactly one bundle file\n\nUsage: pnpm cli <command>/);
    });
  });
});
