import { maskMatches } from './sig-text-mask';

const COUNT_PATTERNS: readonly RegExp[] = [
  /\b(?:for|x)\s*(\d+)\s*(?:doses?|times|cycles?|injections?|applications)\b/g,
];

/** A repeat interval in minutes or hours: "q 5 min", "q15min", "every 5 minutes", "q 2 h". */
const INTERVAL = '(?:\\bq\\s*|\\bevery\\s+)\\d+(?:\\.\\d+)?\\s*(?:min(?:ute)?s?|m|hours?|hrs?|h)';

/**
 * "q5min x3", "every 5 minutes up to 3 times": a bare number after an interval counts the
 * administrations (README rule 12); a unit or a duration word after it makes it something else.
 */
const COUNT_AFTER_INTERVAL = new RegExp(
  `(?<=${INTERVAL}\\s*)(?:x|times|for|up to|(?:to a )?max(?:imum)?(?: of)?)\\s*(\\d+)\\b(?:\\s*(?:doses?|times))?(?!\\s*(?:[a-z]*\\s*)?(?:days?|d|weeks?|wks?|months?|mo|hours?|hrs?|h|mg|mcg|g|ml|tabs?|tablets?|caps?|capsules?|puffs?|sprays?|drops?|units?|per|a day|daily)\\b)`,
  'g',
);

/** Reads "for 4 doses", "x5 doses", "for 10 times": the total number of administrations. */
export function extractDoseCount(text: string): { count: number | null; text: string } {
  const result = maskMatches(text, COUNT_PATTERNS[0] ?? /$^/g, (m) => Number(m[1]));
  const afterInterval = maskMatches(result.text, COUNT_AFTER_INTERVAL, (m) => Number(m[1]));
  const count = result.found[0]?.value ?? afterInterval.found[0]?.value ?? null;
  return { count, text: afterInterval.text };
}

/** Reads one-off wording (stat, once, at once, single dose, a closing "x1") as a count of 1. */
export function extractSingleDose(text: string): { count: number | null; text: string } {
  const result = maskMatches(
    text,
    /\bx ?1(?=\s*(?:$|[,;.|]|then\b))|\b(?:stat|(?:right |straight )?now|immediately|right away|straight ?away|at once|(?:as a )?single dose|1 time(?!\s*(?:a\b|per|daily|each|every|weekly|\|))|once(?!\s*(?:or|to|-|daily|a\b|per|every|weekly|each|\/|monthly|\|)))\b/g,
    () => 1,
  );
  return { count: result.found[0]?.value ?? null, text: result.text };
}
