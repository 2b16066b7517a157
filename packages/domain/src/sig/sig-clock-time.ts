import type { SigMatch } from './sig-text-mask';
import { maskMatches } from './sig-text-mask';

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function toClock(
  hourText: string,
  minuteText: string | undefined,
  half: string | undefined,
): string | null {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  if (!Number.isInteger(hour) || hour > 24 || minute > 59) return null;
  if (half !== undefined) {
    if (hour > 12 || hour === 0) return null;
    const isPm = half.startsWith('p') || half === 'in the evening' || half === 'at night';
    if (isPm && hour < 12) hour += 12;
    if (!isPm && hour === 12) hour = 0;
  }
  return `${pad(hour % 24)}:${pad(minute)}`;
}

function halfOf(word: string): string {
  return word === 'morning' ? 'in the morning' : word === 'evening' ? 'in the evening' : 'at night';
}

const HALF = '(a\\.?m\\.?|p\\.?m\\.?|a|p|in the morning|in the evening|at night)';

const CLOCK_PATTERNS: readonly (readonly [RegExp, (m: RegExpExecArray) => string | null])[] = [
  [/\bmidnight\b/g, () => '00:00'],
  // "every morning at 7", "at 9 each evening": the time of day says which half of the clock.
  [
    /\b(?:every|each|in the)\s+(morning|evening|night)\s+at\s+(\d{1,2})(?::(\d{2}))?(?![\d.:]|\s*(?:mg|mcg|ml|units?|tab|cap|hours?|hrs?))/g,
    (m) => toClock(m[2] ?? '', m[3], halfOf(m[1] ?? '')),
  ],
  [
    /\bat\s+(\d{1,2})(?::(\d{2}))?\s+(?:every|each)\s+(morning|evening|night)\b/g,
    (m) => toClock(m[1] ?? '', m[2], halfOf(m[3] ?? '')),
  ],
  [
    new RegExp(`\\b(\\d{1,2}):(\\d{2})\\s*${HALF}?(?![\\w])`, 'g'),
    (m) => toClock(m[1] ?? '', m[2], m[3]),
  ],
  [/\b(\d{2})(\d{2})\s*(?:hours|hrs|h)\b/g, (m) => toClock(m[1] ?? '', m[2], undefined)],
  [
    /(?:\bat|\band|,)\s*([01]\d|2[0-3])([0-5]\d)\b(?!\s*(?:mg|mcg|ml|units?|iu))/g,
    (m) => toClock(m[1] ?? '', m[2], undefined),
  ],
  [
    /(?<![\d.:])\b(\d{1,2})\s*(a\.?m\.?|p\.?m\.?)(?![\w])/g,
    (m) => toClock(m[1] ?? '', undefined, m[2]),
  ],
  [
    /(?<![\d.:])\b(\d{1,2})\s*(a|p)(?=\s*(?:$|[-,;|]))/g,
    (m) => toClock(m[1] ?? '', undefined, m[2]),
  ],
  [
    /\b(?:at|q)\s*(\d{1,2})\s*(in the morning|in the evening|at night)\b/g,
    (m) => toClock(m[1] ?? '', undefined, m[2]),
  ],
];

/**
 * Reads explicit clock times ("8:00 am", "6 pm", "q6pm", "2200 hours", "midnight", "5 in the
 * evening") as 24-hour "HH:MM" and blanks them out. Named times of day are not clock times.
 */
export function extractClockTimes(text: string): {
  times: readonly SigMatch<string>[];
  text: string;
} {
  let current = text;
  const times: SigMatch<string>[] = [];
  for (const [pattern, read] of CLOCK_PATTERNS) {
    const result = maskMatches(current, pattern, read);
    times.push(...result.found);
    current = result.text;
  }
  return { times: times.sort((a, b) => a.index - b.index), text: current };
}
