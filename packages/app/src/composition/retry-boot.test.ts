import { createJsonLogger } from '../logging/json-logger';
import { retryBoot } from './retry-boot';

const policy = { attempts: 3, firstDelayMs: 1, maxDelayMs: 2 };

function logCapture() {
  const lines: string[] = [];
  const logger = createJsonLogger({ service: 'test', write: (line) => lines.push(line) });
  return { logger, msgs: (): string[] => lines.map((l) => (JSON.parse(l) as { msg: string }).msg) };
}

describe('retryBoot', () => {
  describe('when the boot fails twice then succeeds', () => {
    it('returns the result and warns for each failure', async () => {
      const { logger, msgs } = logCapture();
      let calls = 0;

      const result = await retryBoot(
        () =>
          ++calls < 3 ? Promise.reject(new Error('secrets unreachable')) : Promise.resolve('core'),
        { policy, logger, signal: new AbortController().signal },
      );

      expect({ result, calls }).toEqual({ result: 'core', calls: 3 });
      expect(msgs()).toEqual(['app boot failed, retrying', 'app boot failed, retrying']);
    });
  });

  describe('when every attempt fails', () => {
    it('throws the last failure', async () => {
      const { logger } = logCapture();
      let calls = 0;

      await expect(
        retryBoot(() => Promise.reject(new Error(`failure ${++calls}`)), {
          policy,
          logger,
          signal: new AbortController().signal,
        }),
      ).rejects.toThrow(new Error('failure 3'));
    });
  });

  describe('when a shutdown aborts the retries', () => {
    it('stops retrying', async () => {
      const { logger } = logCapture();
      const abort = new AbortController();
      let calls = 0;

      const outcome = retryBoot(
        () => {
          calls += 1;
          abort.abort(new Error('shutting down'));
          return Promise.reject(new Error('storage down'));
        },
        {
          policy: { attempts: 5, firstDelayMs: 1000, maxDelayMs: 1000 },
          logger,
          signal: abort.signal,
        },
      );

      await expect(outcome).rejects.toThrow(new Error('storage down'));
      expect(calls).toBe(1);
    });
  });
});
