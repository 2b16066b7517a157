import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

/** How often the launchers are checked, in ms. */
export const LAUNCHER_POLL_MS = 1000;

/**
 * Program names of the processes that start the app on `npm start` (npm → sh → pnpm → sh →
 * tsx → node). The walk up the process tree stops at the first other one (the user's shell).
 */
export const LAUNCHER_NAMES: ReadonlySet<string> = new Set([
  'node',
  'npm',
  'npx',
  'pnpm',
  'yarn',
  'tsx',
  'sh',
  'dash',
]);

/** One process as the watch sees it. */
export interface ProcessInfo {
  readonly ppid: number;
  /** Program name: the base name of the first word of its command line. */
  readonly name: string;
}

/** Settings of {@link watchLaunchers}; everything but `onGone` has a production default. */
export interface LauncherWatchOptions {
  /** Called once, with the pid that went away, when any launcher exits. */
  readonly onGone: (pid: number) => void;
  /** @defaultValue {@link LAUNCHER_POLL_MS} */
  readonly intervalMs?: number;
  /** @defaultValue `process.ppid` */
  readonly parentPid?: () => number;
  /** Reads a process, or null when it cannot be read. @defaultValue Linux `/proc` */
  readonly readProcess?: (pid: number) => ProcessInfo | null;
  /** @defaultValue signal 0 */
  readonly isAlive?: (pid: number) => boolean;
}

/**
 * Watches the processes that launched the app and calls `onGone` when one exits, so the app
 * shuts down gracefully instead of running on orphaned. Needed because `kill -TERM <npm pid>`
 * ends npm without passing the signal down to the app. On Linux it watches every launcher up
 * the tree (see {@link LAUNCHER_NAMES}); where `/proc` cannot be read, only the direct parent
 * (via `process.ppid`). The timer does not keep the process alive. Returns the stop function.
 */
export function watchLaunchers(options: LauncherWatchOptions): () => void {
  const parentPid = options.parentPid ?? ((): number => process.ppid);
  const isAlive = options.isAlive ?? processExists;
  const firstParent = parentPid();
  const watched = launcherPids(firstParent, options.readProcess ?? readLinuxProcess);
  const timer = setInterval(() => {
    const gone = parentPid() === firstParent ? watched.find((pid) => !isAlive(pid)) : firstParent;
    if (gone === undefined) return;
    clearInterval(timer);
    options.onGone(gone);
  }, options.intervalMs ?? LAUNCHER_POLL_MS);
  timer.unref();
  return (): void => clearInterval(timer);
}

function launcherPids(parent: number, readProcess: (pid: number) => ProcessInfo | null): number[] {
  const pids: number[] = [];
  let pid = parent;
  for (let depth = 0; pid > 1 && depth < 32; depth += 1) {
    const info = readProcess(pid);
    if (info === null) return pids.length === 0 ? [parent] : pids;
    if (!LAUNCHER_NAMES.has(info.name)) break;
    pids.push(pid);
    pid = info.ppid;
  }
  return pids.length === 0 && parent > 1 ? [parent] : pids;
}

function readLinuxProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    // The command name in field 2 may hold spaces and parentheses: fields resume after the last ')'.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const first = cmdline.split(/[\0 ]/)[0] ?? '';
    return Number.isInteger(ppid) ? { ppid, name: basename(first) } : null;
  } catch {
    // No /proc (macOS, Windows) or the process just exited: the caller falls back to the parent.
    return null;
  }
}

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return error instanceof Error && 'code' in error && error.code === 'EPERM';
  }
}
