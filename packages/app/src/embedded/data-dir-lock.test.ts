import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from './data-dir-lock';

async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) {
    throw new Error('child had no pid');
  }
  return child.pid;
}

describe('lockDataDir', () => {
  let dataDir: string;

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'cah-lock-'));
  });

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('when the folder is free', () => {
    it('writes this process id and removes the file on release', async () => {
      const lock = await lockDataDir(dataDir);
      const holder = await readFile(join(dataDir, 'embedded.lock'), 'utf8');

      await lock.release();
      await lock.release();

      expect(holder).toBe(String(process.pid));
      await expect(readFile(join(dataDir, 'embedded.lock'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
    });
  });

  describe('when the process exits without releasing (forced exit, failed boot)', () => {
    it('removes the file from its exit listener, and release no longer listens', async () => {
      const before = new Set(process.listeners('exit'));
      const lock = await lockDataDir(dataDir);
      const added = process.listeners('exit').filter((listener) => !before.has(listener));

      for (const listener of added) listener.call(process, 1);
      await lock.release();

      expect(added).toHaveLength(1);
      await expect(readFile(join(dataDir, 'embedded.lock'))).rejects.toMatchObject({
        code: 'ENOENT',
      });
      expect(process.listeners('exit').filter((listener) => !before.has(listener))).toEqual([]);
    });
  });

  describe('when a running process holds the folder', () => {
    it('refuses with the holder named', async () => {
      const lock = await lockDataDir(dataDir);

      await expect(lockDataDir(dataDir)).rejects.toThrow(
        new Error(`embedded data folder ${dataDir} is in use by process ${process.pid}`),
      );
      await lock.release();
    });
  });

  describe('when the holder no longer runs', () => {
    it('takes the folder over', async () => {
      await writeFile(join(dataDir, 'embedded.lock'), String(await exitedPid()));

      const lock = await lockDataDir(dataDir);

      expect(await readFile(join(dataDir, 'embedded.lock'), 'utf8')).toBe(String(process.pid));
      await lock.release();
    });
  });
});
