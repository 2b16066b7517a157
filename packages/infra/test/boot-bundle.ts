import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A started bundle: its port, its output so far, and a way to stop it. */
export interface BootedBundle {
  readonly port: number;
  readonly output: () => string;
  readonly stop: () => Promise<number | null>;
}

/**
 * Finds a free TCP port on 127.0.0.1 by binding port 0 and releasing it.
 *
 * @returns The port.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/**
 * Starts `main.js` in `directory` with `nodeBinary` and exactly `env` (nothing inherited).
 *
 * @param nodeBinary - Path of the node executable.
 * @param directory - Folder holding main.js.
 * @param env - The whole environment of the process.
 * @returns The running bundle.
 */
export function startBundle(
  nodeBinary: string,
  directory: string,
  env: Record<string, string>,
): BootedBundle {
  const child: ChildProcess = spawn(nodeBinary, ['main.js'], {
    cwd: directory,
    env,
    stdio: 'pipe',
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    port: Number(env.PORT),
    output: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}

/**
 * Polls `GET /health` until it answers or the time is up.
 *
 * @param port - The bundle's port on 127.0.0.1.
 * @param timeoutMs - How long to keep trying.
 * @returns The last status seen, or 0 when nothing answered.
 */
export async function waitForHealth(port: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let status = 0;
  while (Date.now() < deadline) {
    status = await fetch(`http://127.0.0.1:${port}/health`, {
      signal: AbortSignal.timeout(1000),
    }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return status;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return status;
}
