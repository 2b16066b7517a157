import type { Duration, PeriodUnit } from './sig-reading';
import { maskMatches, maskNoise } from './sig-text-mask';

const NUM = '(\\d+(?:\\.\\d+)?)';
const UNIT = '(days?|d|weeks?|wks?|w|months?|mo|nights?|hours?|hrs?)';

/** Dispensed quantities, refills and cycle lengths: numbers that are never a duration. */
const NOISE: readonly RegExp[] = [
  /\bmust last\s*\d+\s*\w+/g,
  /\b(?:dispense|disp|qty|quantity)\s*:?\s*#?\s*\d+\s*\w*/g,
  /\bmitte\s*:?\s*\S+/g,
  /\b\d+\s*rf\s*\d+/g,
  /\b(?:refills?|rf)\s*:?\s*\d+/g,
  /\b(?:of\s+)?(?:a\s+)?\d+\s*-?\s*days?\s+cycles?\b/g,
  /\b\d+(?:\.\d+)?\s*%\s*(?:ns|nacl|normal saline|saline|d5w|dextrose)\b/g,
  // Contact and wait times ("leave on for 8 hours", "wait 5 minutes") are no course or dose.
  /\b(?:leave|left|keep|kept)\s+(?:[a-z]+\s+){0,3}?(?:for\s*)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b/g,
  /(?<!\b(?:every|q|each)\s*)\b\d+(?:\.\d+)?(?:\s*-\s*\d+)?\s*(?:minutes?|mins?|seconds?|secs?)\b(?!\s*(?:before|after|prior))/g,
  /\brepeat(?:ed)?\s+(?:after|in)\s+\d+(?:\.\d+)?\s*(?:days?|weeks?|months?)\b/g,
  // A diluent volume ("20 mEq in 1 L") is no dose.
  /\bin\s*\d+(?:\.\d+)?\s*(?:l|litres?|liters?|ml)\b(?!\s*(?:of\s+)?water)/g,
  // Offsets from an event ("1 hour before procedure", "30 minutes before meals") are no course.
  /(?<![\d.])\b\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:min\w*|hours?|hrs?)\s+(?=before|after|prior)/g,
];

function unitOf(word: string): PeriodUnit {
  if (/^(?:w|wks?|weeks?)$/.test(word)) return 'wk';
  if (/^(?:mo|months?)$/.test(word)) return 'mo';
  if (/^(?:hours?|hrs?)$/.test(word)) return 'h';
  return 'd';
}

/** Blanks out dispensed quantities, refills and cycle lengths. */
export function maskSupplyNoise(text: string): string {
  return NOISE.reduce((current, pattern) => maskNoise(current, pattern), text);
}

const COUNT_PATTERNS: readonly RegExp[] = [
  /\b(?:for|x)\s*(\d+)\s*(?:doses?|times|cycles?|injections?|applications)\b/g,
];

/** Reads "for 4 doses", "x5 doses", "for 10 times": the total number of administrations. */
export function extractDoseCount(text: string): { count: number | null; text: string } {
  const result = maskMatches(text, COUNT_PATTERNS[0] ?? /$^/g, (m) => Number(m[1]));
  return { count: result.found[0]?.value ?? null, text: result.text };
}

/** Reads one-off wording (stat, once, at once, single dose) as a count of 1. */
export function extractSingleDose(text: string): { count: number | null; text: string } {
  const result = maskMatches(
    text,
    /\b(?:stat|now|immediately|at once|(?:as a )?single dose|1 time(?!\s*(?:a\b|per|daily|each|every|weekly|\|))|once(?!\s*(?:or|to|-|daily|a\b|per|every|weekly|each|\/|monthly|\|)))\b/g,
    () => 1,
  );
  return { count: result.found[0]?.value ?? null, text: result.text };
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
