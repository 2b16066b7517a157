import { ChatSerialQueue } from '../intake/chat-serial-queue';
import { createJsonLogger } from '../logging/json-logger';
import type { RunningHttpServer } from '../server/http-server';
import { createShutdown } from './graceful-shutdown';

describe('createShutdown', () => {
  describe('when a turn is in flight', () => {
    it('refuses new work, waits for the turn, then releases resources in order, once', async () => {
      const events: string[] = [];
      const queue = new ChatSerialQueue({ onTaskError: () => undefined });
      queue.enqueue('chat:1', async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        events.push('turn finished');
      });
      const http: RunningHttpServer = {
        port: 1,
        url: 'http://127.0.0.1:1',
        serve: () => undefined,
        close: () => {
          events.push('http closed');
          return Promise.resolve();
        },
      };
      const draining = { value: false };
      const stop = createShutdown({
        logger: createJsonLogger({ service: 'test', write: () => undefined }),
        draining,
        http,
        queue,
        polling: {
          stop: () => {
            events.push('polling stopped');
            return Promise.resolve();
          },
        },
        closers: [() => void events.push('model closed'), () => void events.push('storage closed')],
      });

      const first = stop();
      const second = stop();
      const acceptedAfterStop = queue.enqueue('chat:2', () => Promise.resolve());
      await Promise.all([first, second]);

      expect(first).toBe(second);
      expect({ draining: draining.value, acceptedAfterStop }).toEqual({
        draining: true,
        acceptedAfterStop: false,
      });
      expect(events).toEqual([
        'polling stopped',
        'http closed',
        'turn finished',
        'model closed',
        'storage closed',
      ]);
    });
  });

  describe('when the turns outlast the wait limit', () => {
    it('gives up waiting, warns and still releases resources', async () => {
      const lines: string[] = [];
      const queue = new ChatSerialQueue({ onTaskError: () => undefined });
      let finish = (): void => undefined;
      queue.enqueue('chat:1', () => new Promise<void>((resolve) => (finish = resolve)));
      let released = false;

      await createShutdown({
        logger: createJsonLogger({ service: 'test', write: (line) => lines.push(line) }),
        draining: { value: false },
        http: { port: 1, url: 'x', serve: () => undefined, close: () => Promise.resolve() },
        queue,
        polling: null,
        closers: [() => void (released = true)],
        maxWaitMs: 10,
      })();
      finish();

      expect(released).toBe(true);
      expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
        'shutdown started',
        'shutdown cut turns in flight',
        'shutdown finished',
      ]);
    });
  });

  describe('when background work runs', () => {
    it('stops it before releasing resources, and warns when it fails to stop', async () => {
      const events: string[] = [];
      const lines: string[] = [];

      await createShutdown({
        logger: createJsonLogger({ service: 'test', write: (line) => lines.push(line) }),
        draining: { value: false },
        http: { port: 1, url: 'x', serve: () => undefined, close: () => Promise.resolve() },
        queue: null,
        polling: null,
        background: [
          async () => {
            await new Promise((resolve) => setTimeout(resolve, 20));
            events.push('dispatcher stopped');
          },
          () => Promise.reject(new Error('stuck')),
        ],
        closers: [() => void events.push('storage closed')],
      })();

      expect(events).toEqual(['dispatcher stopped', 'storage closed']);
      expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
        'shutdown started',
        'background work not stopped cleanly',
        'shutdown finished',
      ]);
    });
  });
});
