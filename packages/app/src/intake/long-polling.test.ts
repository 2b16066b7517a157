import { createJsonLogger } from '../logging/json-logger';
import { TelegramApiError } from '../telegram/telegram-errors';
import { ChatSerialQueue } from './chat-serial-queue';
import { startLongPolling, type GetUpdates } from './long-polling';
import { UpdateIntake } from './update-intake';

function update(updateId: number): Record<string, unknown> {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1,
      chat: { id: 3, type: 'private' },
      from: { id: 3, is_bot: false, first_name: 'C' },
      text: 'hi',
    },
  };
}

describe('startLongPolling', () => {
  describe('when Telegram returns updates, then fails, then is stopped', () => {
    it('feeds each update to the intake once, advances the offset and stops cleanly', async () => {
      const offsets: number[] = [];
      const processed: number[] = [];
      const lines: string[] = [];
      const batches: (readonly unknown[] | Error)[] = [
        [update(5), update(6), { update_id: 'bad' }],
        new Error('network down'),
        new Error('still down'),
        [update(7)],
        new TelegramApiError({
          method: 'getUpdates',
          errorCode: 409,
          description: "Conflict: can't use getUpdates method while webhook is active",
          retryAfterSeconds: null,
        }),
      ];
      let stop = (): void => undefined;
      const stopped = new Promise<void>((resolve) => {
        stop = resolve;
      });
      const getUpdates: GetUpdates = async (params, signal) => {
        offsets.push(params.offset);
        const next = batches.shift();
        if (next instanceof Error) throw next;
        if (next !== undefined) return next;
        stop();
        await new Promise((resolve) => signal.addEventListener('abort', resolve));
        throw new Error('aborted');
      };
      const logger = createJsonLogger({ service: 'test', write: (line) => lines.push(line) });
      const claimed = new Set<number>();
      const queue = new ChatSerialQueue({ onTaskError: () => undefined });
      const intake = new UpdateIntake({
        queue,
        logger,
        claims: {
          claim: (id) => Promise.resolve(!claimed.has(id) && Boolean(claimed.add(id))),
        },
        processor: {
          process: (received) => {
            processed.push(received.update_id);
            return Promise.resolve();
          },
        },
      });

      const polling = startLongPolling({ getUpdates, intake, logger, retryDelayMs: 1 });
      await stopped;
      await polling.stop();
      await queue.drain(1000);

      expect(processed).toEqual([5, 6, 7]);
      expect(offsets).toEqual([0, 7, 7, 7, 8, 8]);
      expect(lines.map((line) => (JSON.parse(line) as { msg: string }).msg)).toEqual([
        'telegram long polling started',
        'polled update invalid',
        'telegram poll failed',
        'telegram polling recovered',
        'telegram poll conflict',
      ]);
    });
  });
});
