import { parseCliArgs } from './parse-cli-args';

describe('parseCliArgs', () => {
  describe('when asked for help or given nothing', () => {
    it.each([[[]], [['help']], [['--help']], [['-h']]])('returns help for %p', (args) => {
      expect(parseCliArgs(args)).toEqual({ kind: 'help' });
    });
  });

  describe('when parsing a sig', () => {
    it('joins the remaining words into the text', () => {
      expect(parseCliArgs(['sig', 'take', '1 tab bid'])).toEqual({
        kind: 'sig',
        text: 'take 1 tab bid',
      });
    });

    it('rejects a missing text', () => {
      expect(parseCliArgs(['sig', '  '])).toEqual({
        kind: 'error',
        message: 'sig needs an instruction text',
      });
    });
  });

  describe('when running a bundle command', () => {
    it('reads fhir import with every option', () => {
      const args = [
        'fhir',
        'import',
        'b.json',
        '--tz',
        'Asia/Kolkata',
        '--from',
        '2026-03-01',
        '--days',
        '3',
      ];

      expect(parseCliArgs(args)).toEqual({
        kind: 'fhirImport',
        file: 'b.json',
        zone: 'Asia/Kolkata',
        from: '2026-03-01',
        days: 3,
      });
    });

    it('defaults the start to null (today) and the days to 7', () => {
      expect(parseCliArgs(['ics', '--tz', 'UTC', 'b.json'])).toEqual({
        kind: 'ics',
        file: 'b.json',
        zone: 'UTC',
        from: null,
        days: 7,
      });
    });

    it.each([
      [['fhir', 'merge', 'b.json'], 'unknown command: fhir merge'],
      [['fhir', 'export', 'b.json'], '--tz <zone> is required'],
      [['ics', 'a.json', 'b.json', '--tz', 'UTC'], 'give exactly one bundle file'],
      [['ics', 'b.json', '--tz'], '--tz needs a value'],
      [['ics', 'b.json', '--tz', 'UTC', '--verbose', 'x'], 'unknown option: --verbose'],
      [['ics', 'b.json', '--tz', 'UTC', '--from', '1/3/2026'], '--from must be YYYY-MM-DD'],
      [
        ['fhir', 'import', 'b.json', '--tz', 'UTC', '--days', '0'],
        '--days must be a whole number from 1 to 366',
      ],
    ])('rejects %p', (args, message) => {
      expect(parseCliArgs(args)).toEqual({ kind: 'error', message });
    });
  });
});
