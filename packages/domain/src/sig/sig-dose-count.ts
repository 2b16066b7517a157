import { maskMatches } from './sig-text-mask';

const COUNT_PATTERNS: readonly RegExp[] = [
  /\b(?:for|x)\s*(\d+)\s*(?:doses?|times|cycles?|injections?|applications)\b/g,
];

/** Reads "for 4 doses", "x5 doses", "for 10 times": the total number of administrations. */
export function extractDoseCount(text: string): { count: number | null; text: string } {
  const result = maskMatches(text, COUNT_PATTERNS[0] ?? /$^/g, (m) => Number(m[1]));
  return { count: result.found[0]?.value ?? null, text: result.text };
}

/** Reads one-off wording (stat, once, at once, single dose, a closing "x1") as a count of 1. */
export function extractSingleDose(text: string): { count: number | null; text: string } {
  const result = maskMatches(
    text,
    /\bx ?1(?=\s*(?:$|[,;.|]|then\b))|\b(?:stat|now|immediately|at once|(?:as a )?single dose|1 time(?!\s*(?:a\b|per|daily|each|every|weekly|\|))|once(?!\s*(?:or|to|-|daily|a\b|per|every|weekly|each|\/|monthly|\|)))\b/g,
    () => 1,
  );
  return { count: result.found[0]?.value ?? null, text: result.text };
}
