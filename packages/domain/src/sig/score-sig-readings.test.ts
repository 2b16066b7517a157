import { readFileSync } from 'node:fs';
import path from 'node:path';
import { EMPTY_SIG_STEP } from './empty-sig-step';
import { parseSig } from './parse-sig';
import { isSigValueEqual, scoreSigReadings } from './score-sig-readings';
import { parseSigCorpus } from './sig-corpus';
import type { SigReading } from './sig-reading';
import { SIG_READING_FIELDS } from './sig-reading';

const empty: SigReading = { medication: null, ...EMPTY_SIG_STEP };

describe('isSigValueEqual', () => {
  describe('when values are JSON-equal', () => {
    it('ignores object key order', () => {
      expect(isSigValueEqual({ min: 1, max: 1, unit: null }, { unit: null, max: 1, min: 1 })).toBe(
        true,
      );
    });
  });

  describe('when arrays differ in order or values differ', () => {
    it('tells them apart', () => {
      expect(isSigValueEqual(['MORN', 'EVE'], ['EVE', 'MORN'])).toBe(false);
      expect(isSigValueEqual({ count: 1 }, { count: 4 })).toBe(false);
      expect(isSigValueEqual(null, false)).toBe(false);
    });
  });
});

describe('scoreSigReadings', () => {
  describe('when some fields differ', () => {
    it('gives per-field rates and lists each failure', () => {
      const gold: Record<string, unknown> = {
        ...empty,
        route: 'oral',
        dose: { min: 1, max: 1, unit: 'tablet' },
      };
      const got: SigReading = { ...empty, route: 'oral' };
      const score = scoreSigReadings([
        { id: 1, gold, got },
        { id: 2, gold: { ...empty }, got: empty },
      ]);
      expect(score.total).toBe(2);
      expect(score.rates.route).toBe(1);
      expect(score.rates.dose).toBe(0.5);
      expect(score.failures).toEqual([
        { id: 1, field: 'dose', expected: { min: 1, max: 1, unit: 'tablet' }, got: null },
      ]);
    });
  });

  describe('when there are no cases', () => {
    it('gives a rate of 0 for every field', () => {
      const score = scoreSigReadings([]);
      expect(Object.values(score.rates)).toEqual(SIG_READING_FIELDS.map(() => 0));
    });
  });
});

function scoreCorpusFile(corpusPath: string): Record<string, number> {
  const corpus = parseSigCorpus(readFileSync(corpusPath, 'utf8'));
  expect(corpus.issues).toEqual([]);
  return scoreSigReadings(
    corpus.entries.map((entry) => ({ id: entry.id, gold: entry.gold, got: parseSig(entry.text) })),
  ).rates;
}

function fieldsBelow(rates: Record<string, number>, floor: number): [string, number][] {
  return Object.entries(rates).filter(([, rate]) => rate < floor);
}

describe('the sig parser on the dev corpus', () => {
  // The fixtures live in the repository: <repo>/fixtures.
  const corpusPath = path.resolve(__dirname, '../../../../fixtures/sig/dev.jsonl');
  // Regression floor 0.98, below the measured 1.00 on purpose: the parser must generalise to
  // the held-out set, and a general rule that reads the corpus conventions right must not be
  // blocked by one dev entry that an earlier, narrower rule happened to fit.
  const FLOOR = 0.98;

  describe('when scored field by field', () => {
    it('stays at or above the floor on every field', () => {
      expect(fieldsBelow(scoreCorpusFile(corpusPath), FLOOR)).toEqual([]);
    });
  });
});

describe('the sig parser on the probe corpora', () => {
  // Written independently from the corpus conventions (test/fixtures). Floors are the measured
  // rates rounded down to 0.01.
  const fixtures = path.resolve(__dirname, '../../test/fixtures');

  describe.each([
    ['sig-probe.jsonl', 1],
    ['sig-probe-2.jsonl', 1],
    ['sig-probe-3.jsonl', 1],
  ])('when %s is scored field by field', (file, floor) => {
    it(`stays at or above ${floor} on every field`, () => {
      expect(fieldsBelow(scoreCorpusFile(path.join(fixtures, file)), floor)).toEqual([]);
    });
  });
});
