import { createJsonLogger } from '../logging/json-logger';
import type { TelegramUpdate } from '../telegram/telegram-update-schema';
import { ChatSerialQueue } from './chat-serial-queue';
import { UpdateIntake, type UpdateClaims } from './update-intake';

class InMemoryUpdateClaims implements UpdateClaims {
  readonly claimed = new Set<number>();

  claim(updateId: number): Promise<boolean> {
    if (this.claimed.has(updateId)) return Promise.resolve(false);
    this.claimed.add(updateId);
    return Promise.resolve(true);
  }
}

function textUpdate(updateId: number, chatId: number): TelegramUpdate {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1,
      chat: { id: chatId, type: 'private' },
      from: { id: chatId, is_bot: false, first_name: 'A' },
      text: 'hi',
    },
  };
}

function setup(maxPending?: number) {
  const processed: number[] = [];
  const claims = new InMemoryUpdateClaims();
  const queue = new ChatSerialQueue({
    onTaskError: () => undefined,
    ...(maxPending === undefined ? {} : { maxPending }),
  });
  const intake = new UpdateIntake({
    claims,
    queue,
    logger: createJsonLogger({ service: 'test', write: () => undefined }),
    processor: {
      process: (update) => {
        processed.push(update.update_id);
        return Promise.resolve();
      },
    },
  });
  return { intake, queue, claims, processed };
}

describe('UpdateIntake', () => {
  describe('when the same update arrives twice', () => {
    it('processes it once and reports the duplicate', async () => {
      const { intake, queue, processed } = setup();

      const first = await intake.accept(textUpdate(1, 7));
      const second = await intake.accept(textUpdate(1, 7));
      await queue.drain(1000);

      expect({ first, second, processed }).toEqual({
        first: 'queued',
        second: 'duplicate',
        processed: [1],
      });
    });
  });

  describe('when the queue is full', () => {
    it('answers busy without claiming, so a redelivery can be processed', async () => {
      const { intake, queue, claims } = setup(0);

      const outcome = await intake.accept(textUpdate(2, 7));
      queue.close();

      expect(outcome).toBe('busy');
      expect([...claims.claimed]).toEqual([]);
    });
  });
});
