import { SIG_READING_FIELDS } from './sig-reading';

/** One line of a sig corpus: an id, the instruction text and its gold reading (kept as JSON). */
export interface SigCorpusEntry {
  readonly id: number;
  readonly text: string;
  /** The gold reading as written in the corpus, keyed by field name. */
  readonly gold: Readonly<Record<string, unknown>>;
}

/** A problem found while reading a corpus, with the 1-based line it was found on. */
export interface SigCorpusIssue {
  readonly line: number;
  readonly message: string;
}

/** The result of reading a corpus: the entries that parsed, and every issue found. */
export interface SigCorpus {
  readonly entries: readonly SigCorpusEntry[];
  readonly issues: readonly SigCorpusIssue[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJsonLine(line: string): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

function readEntry(value: unknown): SigCorpusEntry | string {
  if (value instanceof Error) return `malformed JSON: ${value.message}`;
  if (!isRecord(value)) return 'a line must hold one JSON object';
  const { id, text, gold } = value;
  if (typeof id !== 'number') return '"id" must be a number';
  if (typeof text !== 'string') return '"text" must be a string';
  if (!isRecord(gold)) return '"gold" must be an object';
  const missing = SIG_READING_FIELDS.filter((field) => !(field in gold));
  if (missing.length > 0) return `"gold" lacks ${missing.join(', ')}`;
  return { id, text, gold };
}

/**
 * Reads a sig corpus in JSON Lines form (one `{id, text, gold, …}` object a line, blank lines
 * skipped). Never throws: every bad line becomes an issue naming its line number.
 */
export function parseSigCorpus(content: string): SigCorpus {
  const entries: SigCorpusEntry[] = [];
  const issues: SigCorpusIssue[] = [];
  content.split(/\r?\n/).forEach((raw, index) => {
    if (raw.trim() === '') return;
    const entry = readEntry(parseJsonLine(raw));
    if (typeof entry === 'string') issues.push({ line: index + 1, message: entry });
    else entries.push(entry);
  });
  if (entries.length === 0 && issues.length === 0) {
    issues.push({ line: 1, message: 'the corpus holds no entries' });
  }
  return { entries, issues };
}
