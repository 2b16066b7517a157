// Bundles the server entry into dist/main.js with esbuild and copies the Docker build context
// files beside it, so dist/ is the whole image context (infra stages it as the image asset).
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const appRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(appRoot, 'src', 'main.ts');
const outDir = join(appRoot, 'dist');

// Loaded with a dynamic import in embedded mode only; the image never runs that mode.
const EMBEDDED_ONLY = ['dynalite', 's3rver', 'classic-level'];
const CONTEXT_FILES = ['Dockerfile', '.dockerignore'];

if (!existsSync(entry)) {
  console.error(
    `bundle: ${relative(process.cwd(), entry)} is missing; the server entry must exist before the image can be bundled.`,
  );
  process.exit(1);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const started = Date.now();
const result = await build({
  entryPoints: [entry],
  outfile: join(outDir, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  external: EMBEDDED_ONLY,
  absWorkingDir: appRoot,
  logLevel: 'warning',
  metafile: true,
});

for (const file of CONTEXT_FILES) {
  copyFileSync(join(appRoot, file), join(outDir, file));
}

const bytes = result.metafile.outputs['dist/main.js']?.bytes ?? 0;
console.log(
  `bundle: dist/main.js ${(bytes / 1_048_576).toFixed(1)} MB in ${Date.now() - started} ms`,
);
