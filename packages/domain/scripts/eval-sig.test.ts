import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EMPTY_SIG_STEP } from '../src/sig/empty-sig-step';

const repoRoot = path.resolve(__dirname, '../../..');
const script = path.join(__dirname, 'eval-sig.ts');
const gold = {
  ...EMPTY_SIG_STEP,
  medication: null,
  dose: { min: 1, max: 1, unit: null },
  route: 'oral',
  frequency: { count: 1, period: 1, periodUnit: 'd' },
};

function run(...args: string[]): ReturnType<typeof spawnSync> {
  return spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
}

function corpusFile(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'eval-sig-')), 'corpus.jsonl');
  writeFileSync(file, content);
  return file;
}

describe('eval-sig', () => {
  describe('when given a valid corpus and --json', () => {
    it('prints only the per-field rates as one JSON object', () => {
      const file = corpusFile(`${JSON.stringify({ id: 1, text: '1 po qd', gold })}\n`);
      const result = run(file, '--json');
      expect(result.status).toBe(0);
      const rates = JSON.parse(String(result.stdout)) as Record<string, number>;
      expect(rates).toEqual(Object.fromEntries(Object.keys(gold).map((field) => [field, 1])));
    });
  });

  describe('when a line is malformed', () => {
    it('names the line on stderr and exits non-zero', () => {
      const file = corpusFile(`${JSON.stringify({ id: 1, text: '1 po qd', gold })}\n{oops\n`);
      const result = run(file);
      expect(result.status).toBe(1);
      expect(String(result.stderr)).toContain(`${file}:2: malformed JSON`);
    });
  });

  describe('when the file is missing', () => {
    it('says so on stderr and exits non-zero', () => {
      const result = run('/nonexistent/corpus.jsonl');
      expect(result.status).toBe(1);
      expect(String(result.stderr)).toMatch(/^eval-sig: cannot read \/nonexistent\/corpus\.jsonl/);
    });
  });
});
