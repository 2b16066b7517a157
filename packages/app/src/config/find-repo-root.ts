import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The nearest folder at or above `start` holding `pnpm-workspace.yaml` (the monorepo root),
 * or `fallback` when there is none (the bundle copied alone into an image).
 */
export function findRepoRoot(start: string, fallback: string): string {
  let current = start;
  for (;;) {
    if (existsSync(join(current, 'pnpm-workspace.yaml'))) return current;
    const parent = dirname(current);
    if (parent === current) return fallback;
    current = parent;
  }
}
