// Installs the workspace with the pinned pnpm when node_modules is missing or older than the
// lockfile, so `npm start` and `npm test` work on a machine that has only Node and npm.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.modules.yaml');
const lockfile = join(root, 'pnpm-lock.yaml');
const upToDate = existsSync(marker) && statSync(marker).mtimeMs >= statSync(lockfile).mtimeMs;

if (!upToDate) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  execFileSync(npx, ['--yes', 'pnpm@10.34.9', 'install', '--frozen-lockfile'], {
    cwd: root,
    stdio: 'inherit',
  });
}
