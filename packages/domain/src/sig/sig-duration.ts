import type { Duration, PeriodUnit } from './sig-reading';
import { maskMatches } from './sig-text-mask';

const NUM = '(\\d+(?:\\.\\d+)?)';
const UNIT = '(days?|d|weeks?|wks?|w|months?|mo|nights?|hours?|hrs?)';

function unitOf(word: string): PeriodUnit {
  if (/^(?:w|wks?|weeks?)$/.test(word)) return 'wk';
  if (/^(?:mo|months?)$/.test(word)) return 'mo';
  if (/^(?:hours?|hrs?)$/.test(word)) return 'h';
  return 'd';
}

type DurationReader = readonly [RegExp, (m: RegExpExecArray) => Duration | null];

const MARKED: readonly DurationReader[] = [
  [
    new RegExp(
      `\\b(?:for|x|times|during|finish(?:ed)? in|within)\\s*(?:up to\\s*|about\\s*|another\\s*|a further\\s*|the next\\s*)?${NUM}\\s*${UNIT}\\b`,
      'g',
    ),
    (m) => ({ value: Number(m[1]), unit: unitOf(m[2] ?? 'd') }),
  ],
  [/\bfor (?:a |1 )?(week|month|day|night)\b/g, (m) => ({ value: 1, unit: unitOf(m[1] ?? 'd') })],
  // Years have no FHIR-corpus unit of their own here: they become months.
  [
    new RegExp(
      `\\b(?:for|x|times|during)\\s*(?:up to\\s*|about\\s*)?${NUM}\\s*(?:years?|yrs?)\\b`,
      'g',
    ),
    (m) => ({ value: Number(m[1]) * 12, unit: 'mo' }),
  ],
  [/\bfor (?:a|1) year\b/g, () => ({ value: 12, unit: 'mo' })],
  [/\b(?:on (?:day \d+|the first day)|today)\b(?!\s*(?:-|to\b))/g, () => ({ value: 1, unit: 'd' })],
  [
    /\b(?:on |from )?days?\s*(\d+)\s*(?:-|to)\s*(\d+)\b/g,
    (m) => ({ value: Number(m[2]) - Number(m[1]) + 1, unit: 'd' }),
  ],
  [
    /\b(\d+)\s*\/\s*(52|12|7)\b/g,
    (m) => ({ value: Number(m[1]), unit: m[2] === '52' ? 'wk' : m[2] === '12' ? 'mo' : 'd' }),
  ],
];

const BARE: DurationReader = [
  new RegExp(`(?<![\\w.-])${NUM}\\s*-?\\s*${UNIT}\\b(?!\\s*(?:old|ago|cycle|supply))`, 'g'),
  (m) => ({ value: Number(m[1]), unit: unitOf(m[2] ?? 'd') }),
];

function readDurations(
  text: string,
  readers: readonly DurationReader[],
): { found: { value: Duration; index: number }[]; text: string } {
  let current = text;
  const found: { value: Duration; index: number }[] = [];
  for (const [pattern, read] of readers) {
    const result = maskMatches(current, pattern, read);
    found.push(...result.found);
    current = result.text;
  }
  return { found: found.sort((a, b) => a.index - b.index), text: current };
}

/**
 * Reads durations marked as such: "for 7 days", "x 10 d", "times 2 weeks", "for up to 12 wk",
 * "1/52", "days 1-14", "finish in 2.5 weeks". Nights count as days.
 */
export function extractMarkedDurations(text: string): {
  found: { value: Duration; index: number }[];
  text: string;
} {
  return readDurations(text, MARKED);
}

/** Reads a bare "30 days" or "6 day" left after frequencies are gone ("once a day 30 days"). */
export function extractBareDurations(text: string): {
  found: { value: Duration; index: number }[];
  text: string;
} {
  return readDurations(text, [BARE]);
}
