import { ChatTurnLanes, ChatTurnsFullError } from './chat-turn-lanes';

describe('ChatTurnLanes', () => {
  describe('when turns of one user overlap', () => {
    it('runs them one after another, in arrival order', async () => {
      const lanes = new ChatTurnLanes();
      const events: string[] = [];
      const turn = (name: string) => async (): Promise<string> => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 5));
        events.push(`${name} end`);
        return name;
      };

      const results = await Promise.all([
        lanes.run('u1', turn('a')),
        lanes.run('u1', turn('b')),
        lanes.run('u1', turn('c')),
      ]);

      expect(results).toEqual(['a', 'b', 'c']);
      expect(events).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
    });
  });

  describe('when a turn fails', () => {
    it('rejects that caller and lets the next turn in', async () => {
      const lanes = new ChatTurnLanes();

      const failed = lanes.run('u1', () => Promise.reject(new Error('model down')));
      const next = lanes.run('u1', () => Promise.resolve('ok'));

      await expect(failed).rejects.toThrow(new Error('model down'));
      await expect(next).resolves.toBe('ok');
      // The queue settles its bookkeeping a few microtasks after the task ends.
      await new Promise((resolve) => setImmediate(resolve));
      expect(lanes.pending).toBe(0);
    });
  });

  describe('when the bound is reached', () => {
    it('refuses the next turn with ChatTurnsFullError', async () => {
      const lanes = new ChatTurnLanes(2);
      let open = (): void => undefined;
      const gate = new Promise<void>((resolve) => {
        open = resolve;
      });
      const held = [lanes.run('u1', () => gate), lanes.run('u2', () => gate)];

      const refused = lanes.run('u3', () => Promise.resolve());

      await expect(refused).rejects.toThrow(new ChatTurnsFullError(2));
      await expect(refused).rejects.toThrow('more than 2 chat turns are waiting; retry shortly');
      open();
      await Promise.all(held);
    });
  });
});
