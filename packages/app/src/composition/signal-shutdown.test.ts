import { EventEmitter } from 'node:events';
import { createJsonLogger } from '../logging/json-logger';
import { stopOnSignals, type SignalHost } from './signal-shutdown';

class FakeProcess extends EventEmitter implements SignalHost {
  readonly exits: number[] = [];
  exit(code: number): void {
    this.exits.push(code);
  }
}

describe('stopOnSignals', () => {
  let host: FakeProcess;
  let lines: Record<string, unknown>[];
  let clock: number;
  let finish: () => void;
  let stops: number;

  function install(): () => void {
    const logger = createJsonLogger({
      service: 'test',
      write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
    });
    const stop = (): Promise<void> => {
      stops += 1;
      return new Promise((resolve) => {
        finish = resolve;
      });
    };
    return stopOnSignals({ stop, logger, host, nowMs: () => clock }).dispose;
  }

  const flush = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

  beforeEach(() => {
    host = new FakeProcess();
    lines = [];
    clock = 0;
    stops = 0;
    finish = () => undefined;
  });

  describe('when one signal arrives', () => {
    it('stops gracefully once and exits 0', async () => {
      install();

      host.emit('SIGINT', 'SIGINT');
      finish();
      await flush();

      expect({ stops, exits: host.exits }).toEqual({ stops: 1, exits: [0] });
      expect(lines.map((line) => [line.msg, line.signal])).toEqual([['signal received', 'SIGINT']]);
    });
  });

  describe('when a second signal arrives during the drain', () => {
    it('logs it, keeps draining and still exits 0', async () => {
      install();

      host.emit('SIGINT', 'SIGINT');
      clock = 1000;
      host.emit('SIGTERM', 'SIGTERM');
      await flush();
      const exitsWhileDraining = [...host.exits];
      finish();
      await flush();

      expect({ stops, exitsWhileDraining, exits: host.exits }).toEqual({
        stops: 1,
        exitsWhileDraining: [],
        exits: [0],
      });
      expect(lines.map((line) => line.msg)).toEqual([
        'signal received',
        'signal received during shutdown, still draining',
      ]);
    });
  });

  describe('when a third signal arrives', () => {
    it('forces exit 1', () => {
      install();

      host.emit('SIGINT', 'SIGINT');
      clock = 1000;
      host.emit('SIGINT', 'SIGINT');
      clock = 2000;
      host.emit('SIGINT', 'SIGINT');

      expect(host.exits).toEqual([1]);
      expect(lines.at(-1)).toEqual(
        expect.objectContaining({ level: 'error', msg: 'forced exit during shutdown' }),
      );
    });
  });

  describe('when one Ctrl+C arrives three times at once (terminal, tsx, pnpm)', () => {
    it('counts it once and keeps draining', () => {
      install();

      host.emit('SIGINT', 'SIGINT');
      clock = 20;
      host.emit('SIGINT', 'SIGINT');
      clock = 40;
      host.emit('SIGINT', 'SIGINT');

      expect({ stops, exits: host.exits }).toEqual({ stops: 1, exits: [] });
      expect(lines.map((line) => line.msg)).toEqual(['signal received']);
    });
  });

  describe('when the stop fails', () => {
    it('logs it and exits 1', async () => {
      const logger = createJsonLogger({
        service: 'test',
        write: (line) => lines.push(JSON.parse(line) as Record<string, unknown>),
      });
      stopOnSignals({ stop: () => Promise.reject(new Error('stuck')), logger, host });

      host.emit('SIGTERM', 'SIGTERM');
      await flush();

      expect(host.exits).toEqual([1]);
      expect(lines.map((line) => line.msg)).toEqual(['signal received', 'shutdown failed']);
    });
  });
});
