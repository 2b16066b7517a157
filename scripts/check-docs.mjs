// Fails when a doc names a file of this repository that does not exist, so docs cannot drift
// from the tree. Checks backticked paths that start with a top-level folder of the repo.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const roots = ['packages/', 'docs/', 'scripts/', '.ci/'];
const docs = [
  'README.md',
  ...readdirSync(join(root, 'docs')).map((name) => `docs/${name}`),
  ...readdirSync(join(root, 'packages')).map((name) => `packages/${name}/README.md`),
].filter((doc) => doc.endsWith('.md') && existsSync(join(root, doc)));

const missing = [];
for (const doc of docs) {
  const text = readFileSync(join(root, doc), 'utf8');
  for (const match of text.matchAll(/`([^`\s]+)`/g)) {
    const path = match[1].replace(/[#:].*$/, '');
    if (roots.some((prefix) => path.startsWith(prefix)) && !existsSync(join(root, path))) {
      missing.push(`${doc}: ${path}`);
    }
  }
}

if (missing.length > 0) {
  console.error(`docs name files that do not exist:\n  ${missing.join('\n  ')}`);
  process.exit(1);
}
console.log(`docs: ${docs.length} files checked, every named path exists`);
