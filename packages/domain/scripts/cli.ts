// Operator and clinician CLI: `pnpm cli help`. All logic lives in src/cli (tested there).
import { readFileSync } from 'node:fs';
import { runCli } from '../src/cli/run-cli';

process.exitCode = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  now: () => new Date(),
});
