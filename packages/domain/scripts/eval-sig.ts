// Scores the sig parser against a corpus: `pnpm eval:sig <file.jsonl> [--json]`.
import { readFileSync } from 'node:fs';
import { parseSig, parseSigCorpus, scoreSigReadings } from '../src/index';
import type { SigScore } from '../src/index';

function fail(message: string): never {
  console.error(`eval-sig: ${message}`);
  process.exit(1);
}

function readCorpusFile(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    return fail(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function printReport(score: SigScore): void {
  console.log(`sig parser on ${score.total} entries`);
  for (const failure of score.failures) {
    const expected = JSON.stringify(failure.expected);
    const got = JSON.stringify(failure.got);
    console.log(`FAIL id=${failure.id} ${failure.field}: expected ${expected} got ${got}`);
  }
  console.log('field exact-match rates:');
  for (const [field, rate] of Object.entries(score.rates)) {
    console.log(`  ${field.padEnd(13)} ${(rate * 100).toFixed(1)}%`);
  }
}

function main(argv: readonly string[]): void {
  const asJson = argv.includes('--json');
  const files = argv.filter((arg) => !arg.startsWith('--'));
  if (files.length !== 1 || files[0] === undefined) fail('usage: eval-sig <file.jsonl> [--json]');
  const corpus = parseSigCorpus(readCorpusFile(files[0]));
  if (corpus.issues.length > 0) {
    for (const issue of corpus.issues) console.error(`${files[0]}:${issue.line}: ${issue.message}`);
    process.exit(1);
  }
  const cases = corpus.entries.map((entry) => ({
    id: entry.id,
    gold: entry.gold,
    got: parseSig(entry.text),
  }));
  const score = scoreSigReadings(cases);
  if (asJson) console.log(JSON.stringify(score.rates));
  else printReport(score);
}

main(process.argv.slice(2));
