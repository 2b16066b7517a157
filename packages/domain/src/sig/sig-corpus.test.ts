import { parseSigCorpus } from './sig-corpus';
import { SIG_READING_FIELDS } from './sig-reading';

const gold = Object.fromEntries(SIG_READING_FIELDS.map((field) => [field, null]));

describe('parseSigCorpus', () => {
  describe('when every line is a valid entry', () => {
    it('returns the entries and no issues, skipping blank lines', () => {
      const line = JSON.stringify({ id: 3, text: '1 po qd', gold, category: 'x' });
      expect(parseSigCorpus(`${line}\n\n${line}\n`)).toEqual({
        entries: [
          { id: 3, text: '1 po qd', gold },
          { id: 3, text: '1 po qd', gold },
        ],
        issues: [],
      });
    });
  });

  describe('when lines are malformed', () => {
    it('reports each bad line with its number', () => {
      const good = JSON.stringify({ id: 1, text: 'qd', gold });
      const content = [good, '{not json', JSON.stringify({ id: 'x', text: 'qd', gold }), '[]'].join(
        '\n',
      );
      const result = parseSigCorpus(content);
      expect(result.entries).toHaveLength(1);
      expect(result.issues.map((issue) => issue.line)).toEqual([2, 3, 4]);
      expect(result.issues[1]).toEqual({ line: 3, message: '"id" must be a number' });
      expect(result.issues[2]).toEqual({ line: 4, message: 'a line must hold one JSON object' });
      expect(result.issues[0]?.message).toMatch(/^malformed JSON: /);
    });

    it('names the gold fields that are missing', () => {
      const result = parseSigCorpus(
        JSON.stringify({ id: 1, text: 'qd', gold: { medication: null } }),
      );
      expect(result.issues).toEqual([
        { line: 1, message: expect.stringMatching(/^"gold" lacks strength, dose, /) as string },
      ]);
    });
  });

  describe('when the content is empty', () => {
    it('reports that the corpus holds no entries', () => {
      expect(parseSigCorpus('\n')).toEqual({
        entries: [],
        issues: [{ line: 1, message: 'the corpus holds no entries' }],
      });
    });
  });
});
