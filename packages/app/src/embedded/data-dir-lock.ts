import { readFileSync, rmSync } from 'node:fs';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** A held lock on an embedded data folder. */
export interface DataDirLock {
  /** Gives the folder back. Safe to call more than once. */
  release(): Promise<void>;
}

const LOCK_FILE = 'embedded.lock';

/**
 * Takes the data folder for this process by creating `<dataDir>/embedded.lock` exclusively,
 * holding the process id. A lock left by a process that no longer runs is taken over.
 *
 * Why: LevelDB allows one process per folder, and dynalite reports a second one only by
 * crashing on its first request; this turns that into a clear error at start.
 *
 * The lock is also released on every exit that runs `exit` listeners (`process.exit` from a
 * forced shutdown, a failed boot, an uncaught error), so only SIGKILL or a crash of Node itself
 * leaves it behind, and the next start takes such a stale lock over.
 *
 * @throws Error when another running process holds the folder.
 */
export async function lockDataDir(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  if (!(await tryCreate(path))) {
    const holder = await readHolder(path);
    if (holder !== null && isRunning(holder)) {
      throw new Error(`embedded data folder ${dataDir} is in use by process ${holder}`);
    }
    await rm(path, { force: true });
    if (!(await tryCreate(path))) {
      throw new Error(`embedded data folder ${dataDir} was taken by another process`);
    }
  }
  let released = false;
  const releaseOnExit = (): void => {
    if (released) return;
    released = true;
    removeIfOurs(path);
  };
  process.on('exit', releaseOnExit);
  return {
    release: async (): Promise<void> => {
      process.off('exit', releaseOnExit);
      if (!released) {
        released = true;
        await rm(path, { force: true });
      }
    },
  };
}

/** Removes the lock synchronously (the only way inside an `exit` listener) if it is ours. */
function removeIfOurs(path: string): void {
  try {
    if (readFileSync(path, 'utf8').trim() === String(process.pid)) rmSync(path, { force: true });
  } catch {
    // Exiting anyway, with no logger left to tell: a lock left behind is taken over by the next
    // start, because the process id in it no longer runs.
  }
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      return false;
    }
    throw error;
  }
}

async function readHolder(path: string): Promise<number | null> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    if (errorCode(error) === 'ENOENT') {
      return '';
    }
    throw error;
  });
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isRunning(pid: number): boolean {
  try {
    // Signal 0 only checks that the process exists.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

// Duck-typed: errors from Node's core modules fail `instanceof Error` inside jest's sandbox.
function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
}
