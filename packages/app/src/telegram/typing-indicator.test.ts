import { createJsonLogger } from '../logging/json-logger';
import { withTypingIndicator } from './typing-indicator';

describe('withTypingIndicator', () => {
  describe('when the work takes several refresh periods', () => {
    it('sends typing at once and on each refresh, and stops when the work ends', async () => {
      let sent = 0;
      const logger = createJsonLogger({ service: 'test', write: () => undefined });

      const result = await withTypingIndicator(
        () => {
          sent += 1;
          return Promise.resolve(true);
        },
        () => new Promise<string>((resolve) => setTimeout(() => resolve('reply'), 100)),
        { logger, refreshMs: 40 },
      );
      const sentAtEnd = sent;
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(result).toBe('reply');
      expect(sentAtEnd).toBe(3);
      expect(sent).toBe(sentAtEnd);
    });
  });

  describe('when the chat action fails', () => {
    it('logs at debug and still returns the work result', async () => {
      const lines: string[] = [];
      const logger = createJsonLogger({
        service: 'test',
        level: 'debug',
        write: (line) => lines.push(line),
      });

      const result = await withTypingIndicator(
        () => Promise.reject(new Error('telegram down')),
        () => new Promise<number>((resolve) => setTimeout(() => resolve(42), 5)),
        { logger },
      );

      expect(result).toBe(42);
      expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
        'typing indicator failed',
      ]);
    });
  });
});
