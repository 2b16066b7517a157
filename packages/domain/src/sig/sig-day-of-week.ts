import type { DayOfWeek } from './sig-reading';
import { maskMatches } from './sig-text-mask';

const WEEK_ORDER: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const FULL = /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/g;
const SHORT = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/g;

function codeOf(word: string): DayOfWeek | null {
  return WEEK_ORDER.find((code) => word.startsWith(code)) ?? null;
}

/**
 * Reads named days of the week ("on Mondays, Wednesdays and Fridays", "Mon, Wed, Fri") as FHIR
 * day codes in week order. Three-letter forms count only in a list of two or more or after
 * "on"/"every", so "sun" in "avoid sun" is not a day. Returns null when no day is named.
 */
export function extractDaysOfWeek(text: string): {
  days: readonly DayOfWeek[] | null;
  text: string;
} {
  const full = maskMatches(text, FULL, (m) => codeOf(m[1] ?? ''));
  const shortCandidates = [...full.text.matchAll(SHORT)];
  const shortAllowed =
    shortCandidates.length + full.found.length >= 2 ||
    shortCandidates.some((m) => /\b(?:on|every|each)\s+$/.test(full.text.slice(0, m.index)));
  const short = shortAllowed
    ? maskMatches(full.text, SHORT, (m) => codeOf(m[1] ?? ''))
    : { found: [], text: full.text };
  const found = new Set([...full.found, ...short.found].map((item) => item.value));
  if (found.size === 0) return { days: null, text };
  return { days: WEEK_ORDER.filter((code) => found.has(code)), text: short.text };
}
