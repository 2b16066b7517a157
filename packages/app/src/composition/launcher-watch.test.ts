import { watchLaunchers, type ProcessInfo } from './launcher-watch';

// npm start's real tree: tsx's node (300) ← sh (200) ← pnpm (150) ← sh (120) ← npm (100) ← bash.
const TREE: Readonly<Record<number, ProcessInfo>> = {
  300: { ppid: 200, name: 'node' },
  200: { ppid: 150, name: 'sh' },
  150: { ppid: 120, name: 'node' },
  120: { ppid: 100, name: 'sh' },
  100: { ppid: 50, name: 'npm' },
  50: { ppid: 1, name: 'bash' },
};

describe('watchLaunchers', () => {
  const alive = new Set<number>();
  let parent: number;
  let gone: number[];
  let stop: () => void;

  function start(readProcess: (pid: number) => ProcessInfo | null): void {
    stop = watchLaunchers({
      onGone: (pid) => gone.push(pid),
      intervalMs: 5,
      parentPid: () => parent,
      readProcess,
      isAlive: (pid) => alive.has(pid),
    });
  }

  const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

  beforeEach(() => {
    alive.clear();
    for (const pid of [300, 200, 150, 120, 100, 50]) alive.add(pid);
    parent = 300;
    gone = [];
  });

  afterEach(() => stop());

  describe('when npm is killed while its children run on', () => {
    it('reports npm once', async () => {
      start((pid) => TREE[pid] ?? null);

      alive.delete(100);
      await wait(40);

      expect(gone).toEqual([100]);
    });
  });

  describe('when the user shell above npm exits', () => {
    it('does not watch it', async () => {
      start((pid) => TREE[pid] ?? null);

      alive.delete(50);
      await wait(30);

      expect(gone).toEqual([]);
    });
  });

  describe('when processes cannot be read (no /proc)', () => {
    it('reports the parent once it changes', async () => {
      start(() => null);

      parent = 1;
      await wait(30);

      expect(gone).toEqual([300]);
    });
  });
});
