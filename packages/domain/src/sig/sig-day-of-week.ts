import type { DayOfWeek } from './sig-reading';
import { maskMatches } from './sig-text-mask';

const WEEK_ORDER: readonly DayOfWeek[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const FULL = /\b(mon|tues|wednes|thurs|fri|satur|sun)days?\b/g;
const SHORT = /\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b\.?/g;

function codeOf(word: string): DayOfWeek | null {
  return WEEK_ORDER.find((code) => word.startsWith(code)) ?? null;
}

const DAY_WORD = '(mon|tue|wed|thu|fri|sat|sun)[a-z]*';
/** Pharmacy letter codes: "M-W-F", "MWF", "T/Th", "TuTh". */
const LETTER_DAYS: readonly (readonly [RegExp, readonly DayOfWeek[]])[] = [
  [/\bm\s*[-/,]?\s*w\s*[-/,]?\s*f\b/g, ['mon', 'wed', 'fri']],
  [/\btu?\s*[-/,]?\s*th\b/g, ['tue', 'thu']],
];

const DAY_SPAN = new RegExp(
  `\\b${DAY_WORD}\\s*(?:-|to|through|thru)\\s*${DAY_WORD}\\b|\\b(week)(days|ends)\\b`,
  'g',
);

/** "Mon-Fri", "Monday to Friday" (wrapping past Sunday), "weekdays", "weekends". */
function spanOf(first: string, last: string): DayOfWeek[] | null {
  if (first === 'week') return last === 'days' ? WEEK_ORDER.slice(0, 5) : WEEK_ORDER.slice(5);
  const from = WEEK_ORDER.indexOf(codeOf(first) ?? 'mon');
  const to = WEEK_ORDER.indexOf(codeOf(last) ?? 'mon');
  const length = ((to - from + 7) % 7) + 1;
  return Array.from({ length }, (_, offset) => WEEK_ORDER[(from + offset) % 7] ?? 'mon');
}

/** "daily except Sundays", "not on weekends": the days named after it are the ones left out. */
const EXCLUSION =
  /\b(?:except|excluding|but not|apart from|other than|not on|skip(?:ping)?)\s+(?:on\s+|for\s+|the\s+)*(?=(?:mon|tue|wed|thu|fri|sat|sun|week))/;

/**
 * Reads named days of the week ("on Mondays, Wednesdays and Fridays", "Mon, Wed, Fri") as FHIR
 * day codes in week order; days named after "except" or "not on" are the ones left out. Three-letter forms count only in a list of two or more or after
 * "on"/"every", so "sun" in "avoid sun" is not a day. Returns null when no day is named.
 */
export function extractDaysOfWeek(text: string): {
  days: readonly DayOfWeek[] | null;
  text: string;
} {
  const letters = LETTER_DAYS.reduce(
    (acc, [pattern, days]) => {
      const result = maskMatches(acc.text, pattern, () => days);
      return { text: result.text, found: [...acc.found, ...result.found.flatMap((m) => m.value)] };
    },
    { text, found: [] as DayOfWeek[] },
  );
  const spans = maskMatches(letters.text, DAY_SPAN, (m) =>
    spanOf(m[1] ?? m[3] ?? '', m[2] ?? m[4] ?? ''),
  );
  const full = maskMatches(spans.text, FULL, (m) => codeOf(m[1] ?? ''));
  const shortCandidates = [...full.text.matchAll(SHORT)];
  const shortAllowed =
    shortCandidates.length + full.found.length >= 2 ||
    shortCandidates.some((m) => /\b(?:on|every|each)\s+$/.test(full.text.slice(0, m.index)));
  const short = shortAllowed
    ? maskMatches(full.text, SHORT, (m) => codeOf(m[1] ?? ''))
    : { found: [], text: full.text };
  const found = new Set([
    ...letters.found,
    ...spans.found.flatMap((item) => item.value),
    ...full.found.map((item) => item.value),
    ...short.found.map((item) => item.value),
  ]);
  if (found.size === 0) return { days: null, text };
  const excluded = EXCLUSION.test(text);
  return {
    days: WEEK_ORDER.filter((code) => found.has(code) !== excluded),
    text: short.text.replace(
      /\b(?:except|excluding|but not|apart from|other than|not on)\b/,
      (word) => ' '.repeat(word.length),
    ),
  };
}
