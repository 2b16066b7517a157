import { createJsonLogger } from './json-logger';
import { RedactionList } from './redaction-list';

const FIXED_TIME = new Date('2026-03-01T10:00:00.000Z');

function capture(level?: 'debug' | 'info' | 'warn' | 'error', redaction?: RedactionList) {
  const lines: string[] = [];
  const logger = createJsonLogger({
    service: 'app',
    now: () => FIXED_TIME,
    write: (line) => lines.push(line),
    ...(level === undefined ? {} : { level }),
    ...(redaction === undefined ? {} : { redaction }),
  });
  return {
    logger,
    lines,
    parsed: (): unknown[] => lines.map((line) => JSON.parse(line) as unknown),
  };
}

describe('createJsonLogger', () => {
  describe('when a line is written', () => {
    it('writes level, time, msg, service and the fields as one JSON object', () => {
      const { logger, parsed } = capture();

      logger.child({ requestId: 'r1' }).info('update handled', { update_id: 7 });

      expect(parsed()).toEqual([
        {
          level: 'info',
          time: '2026-03-01T10:00:00.000Z',
          msg: 'update handled',
          service: 'app',
          requestId: 'r1',
          update_id: 7,
        },
      ]);
    });
  });

  describe('when the level is below the threshold', () => {
    it('drops the line', () => {
      const { logger, lines } = capture('warn');

      logger.info('ignored');
      logger.debug('ignored');

      expect(lines).toEqual([]);
    });
  });

  describe('when an error with a cause is logged', () => {
    it('writes the cause chain without stacks of the fields', () => {
      const { logger, parsed } = capture();
      const error = new Error('turn failed', { cause: new TypeError('bad input') });

      logger.error('turn failed', { err: error });

      const line = parsed()[0] as { err: { name: string; message: string; cause: unknown } };
      expect({ name: line.err.name, message: line.err.message }).toEqual({
        name: 'Error',
        message: 'turn failed',
      });
      expect(line.err.cause).toEqual(
        expect.objectContaining({ name: 'TypeError', message: 'bad input' }),
      );
    });
  });

  describe('when a secret appears anywhere in a line', () => {
    it('replaces it with [redacted]', () => {
      const redaction = new RedactionList();
      redaction.add('123456:ABCDEF-token');
      const { logger, lines } = capture('info', redaction);

      logger.warn('telegram unreachable', {
        err: new Error('request to http://x/bot123456:ABCDEF-token/sendMessage failed'),
        url: 'http://x/bot123456%3AABCDEF-token/getMe',
      });

      expect(lines.join('\n')).not.toContain('ABCDEF-token');
      expect(lines.join('\n')).toContain('http://x/bot[redacted]/sendMessage');
      expect(lines.join('\n')).toContain('http://x/bot[redacted]/getMe');
    });
  });

  describe('when a field cannot be serialized', () => {
    it('still writes the constant parts of the line', () => {
      const { logger, parsed } = capture();
      const circular: Record<string, unknown> = {};
      circular.self = circular;

      logger.info('odd field', { circular });

      expect(parsed()).toEqual([
        {
          level: 'info',
          time: '2026-03-01T10:00:00.000Z',
          msg: 'odd field',
          service: 'app',
          logError: expect.stringContaining('circular') as unknown,
        },
      ]);
    });
  });
});
