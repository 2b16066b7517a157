import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

/** The production bundle the end-to-end tests boot. */
export const BUNDLE_PATH = join(__dirname, '..', 'dist', 'main.js');

const logLineSchema = z.record(z.string(), z.unknown());

/** One parsed JSON log line of the bundle. */
export type LogLine = Readonly<Record<string, unknown>>;

/**
 * The bundle running as a child process with plain `node`: its output captured line by line,
 * its exit awaited. Fails at once with a clear message when the bundle was not built.
 */
export class RunningBundle {
  /** Every stdout and stderr line, raw, in order. */
  readonly output: string[] = [];
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private readonly waiters = new Set<() => void>();

  private constructor(env: Readonly<Record<string, string>>) {
    this.child = spawn(process.execPath, [BUNDLE_PATH], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout, this.child.stderr]) {
      let buffered = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (buffered + chunk).split('\n');
        buffered = lines.pop() ?? '';
        this.output.push(...lines);
        for (const wake of [...this.waiters]) wake();
      });
    }
    this.exited = new Promise((resolve) => this.child.on('exit', (code) => resolve(code)));
  }

  /** Starts the bundle with exactly `env` (plus PATH) and waits for `app started`. */
  static async start(env: Readonly<Record<string, string>>): Promise<RunningBundle> {
    if (!existsSync(BUNDLE_PATH)) {
      throw new Error(
        `${BUNDLE_PATH} is missing: run \`pnpm bundle\` first (\`pnpm check\` does).`,
      );
    }
    const bundle = new RunningBundle({ PATH: process.env.PATH ?? '', ...env });
    await bundle.waitForLog((line) => line.msg === 'app started', 20_000);
    return bundle;
  }

  /** The process id. */
  get pid(): number {
    return this.child.pid ?? -1;
  }

  /** The output lines that are JSON log lines, parsed. */
  logs(): LogLine[] {
    return this.output.flatMap((line) => {
      if (!line.startsWith('{')) return [];
      const parsed = logLineSchema.safeParse(JSON.parse(line));
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Resolves with the first log line matching `predicate`; rejects after `timeoutMs`. */
  waitForLog(predicate: (line: LogLine) => boolean, timeoutMs = 10_000): Promise<LogLine> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const found = this.logs().find(predicate);
        if (found === undefined) return;
        cleanup();
        resolve(found);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(
          new Error(`log line not seen in ${timeoutMs} ms; output:\n${this.output.join('\n')}`),
        );
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Sends `signal` to the bundle. */
  signal(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }

  /** Resolves with the exit code once the process has exited. */
  exitCode(): Promise<number | null> {
    return this.exited;
  }

  /** Stops the process if it still runs (SIGKILL after 5 s of SIGTERM). */
  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
    await this.exited;
    clearTimeout(timer);
  }
}
