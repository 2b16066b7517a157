/** A value read from a stretch of sig text, with where that stretch started. */
export interface SigMatch<T> {
  readonly value: T;
  readonly index: number;
}

/** What an extractor found, and the text with those stretches blanked out. */
export interface SigMaskResult<T> {
  readonly found: readonly SigMatch<T>[];
  readonly text: string;
}

/** A same-length stand-in for a stretch of text that has been read. */
export function blank(length: number): string {
  return length <= 2 ? '|'.padEnd(length, ' ') : ` |${' '.repeat(length - 2)}`;
}

/**
 * Reads every match of a global `pattern` with `read`; each match that gives a value is blanked
 * out with a same-length " | " so later extractors cannot read it again and positions stay put.
 * A null from `read` leaves the text as it was.
 */
export function maskMatches<T>(
  text: string,
  pattern: RegExp,
  read: (match: RegExpExecArray) => T | null,
): SigMaskResult<T> {
  const found: SigMatch<T>[] = [];
  let masked = text;
  const regex = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
    if (match[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    const value = read(match);
    if (value === null) continue;
    found.push({ value, index: match.index });
    masked =
      masked.slice(0, match.index) +
      blank(match[0].length) +
      masked.slice(match.index + match[0].length);
  }
  return { found, text: masked };
}

/** Blanks every match of `pattern` without reading it (noise such as dispensed quantities). */
export function maskNoise(text: string, pattern: RegExp): string {
  return maskMatches(text, pattern, () => true).text;
}
