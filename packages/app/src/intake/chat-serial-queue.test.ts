import { ChatSerialQueue } from './chat-serial-queue';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => undefined;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

describe('ChatSerialQueue', () => {
  describe('when two tasks share a chat', () => {
    it('runs the second only after the first finished', async () => {
      const queue = new ChatSerialQueue({ onTaskError: () => undefined });
      const events: string[] = [];
      const gate = deferred();

      queue.enqueue('chat:1', async () => {
        events.push('first start');
        await gate.promise;
        events.push('first end');
      });
      queue.enqueue('chat:1', () => {
        events.push('second');
        return Promise.resolve();
      });
      await Promise.resolve();
      events.push('released');
      gate.resolve();
      await queue.drain(1000);

      expect(events).toEqual(['first start', 'released', 'first end', 'second']);
    });
  });

  describe('when tasks belong to different chats', () => {
    it('does not hold one chat up behind another', async () => {
      const queue = new ChatSerialQueue({ onTaskError: () => undefined });
      const gate = deferred();
      const events: string[] = [];

      queue.enqueue('chat:1', () => gate.promise);
      queue.enqueue('chat:2', () => {
        events.push('other chat ran');
        return Promise.resolve();
      });
      await new Promise((r) => setImmediate(r));

      expect(events).toEqual(['other chat ran']);
      expect(queue.pending).toBe(1);
      gate.resolve();
      expect(await queue.drain(1000)).toBe('drained');
      expect(queue.pending).toBe(0);
    });
  });

  describe('when a task fails', () => {
    it('reports it and keeps running the chat', async () => {
      const failures: string[] = [];
      const queue = new ChatSerialQueue({
        onTaskError: (error, key) => failures.push(`${key}: ${(error as Error).message}`),
      });
      let ran = false;

      queue.enqueue('chat:1', () => Promise.reject(new Error('boom')));
      queue.enqueue('chat:1', () => {
        ran = true;
        return Promise.resolve();
      });
      await queue.drain(1000);

      expect(failures).toEqual(['chat:1: boom']);
      expect(ran).toBe(true);
    });
  });

  describe('when the bound is reached or the queue is closed', () => {
    it('reports no room and refuses tasks after close', async () => {
      const queue = new ChatSerialQueue({ maxPending: 1, onTaskError: () => undefined });
      const gate = deferred();

      queue.enqueue('chat:1', () => gate.promise);
      const roomWhenFull = queue.hasRoom();
      queue.close();
      const accepted = queue.enqueue('chat:2', () => Promise.resolve());
      const drainResult = await queue.drain(10);
      gate.resolve();

      expect({ roomWhenFull, accepted, drainResult }).toEqual({
        roomWhenFull: false,
        accepted: false,
        drainResult: 'timedOut',
      });
      expect(await queue.drain(1000)).toBe('drained');
    });
  });
});
