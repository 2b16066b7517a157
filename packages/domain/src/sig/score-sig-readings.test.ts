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

describe('the sig parser on the dev corpus', () => {
  // CI clones the repository beside the shared fixtures: <repo>/../shared.
  const corpusPath = path.resolve(__dirname, '../../../../../shared/fixtures/sig/dev.jsonl');
  // Regression floor: the measured rate rounded down to 0.01 (1.00 on every field when set).
  const FLOOR = 1;

  describe('when scored field by field', () => {
    it('stays at or above the floor on every field', () => {
      const corpus = parseSigCorpus(readFileSync(corpusPath, 'utf8'));
      expect(corpus.issues).toEqual([]);
      const score = scoreSigReadings(
        corpus.entries.map((entry) => ({
          id: entry.id,
          gold: entry.gold,
          got: parseSig(entry.text),
        })),
      );
      const below = Object.entries(score.rates).filter(([, rate]) => rate < FLOOR);
      expect(below).toEqual([]);
    });
  });
});
