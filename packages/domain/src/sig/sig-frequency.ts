import type { Frequency, PeriodUnit } from './sig-reading';
import type { SigMatch } from './sig-text-mask';
import { maskMatches } from './sig-text-mask';

/** How often a sig says a dose is given: one stated frequency or interval. */
export interface FrequencyMention {
  readonly frequency: Frequency;
  readonly periodMax: number | null;
  readonly frequencyMax: number | null;
  /** "daily", "a day", "every day": generic words that a specific code may refine. */
  readonly generic: boolean;
  /** "on alternate days" beside another frequency only restates it. */
  readonly weak: boolean;
}

/** The frequency a text states, and whether its mentions contradict each other. */
export interface FrequencyReading {
  readonly frequency: Frequency | null;
  readonly periodMax: number | null;
  readonly frequencyMax: number | null;
  readonly conflict: boolean;
  /** Only generic words ("daily") stated it: named events or clock times may refine the count. */
  readonly generic: boolean;
}

const N = '(\\d+(?:\\.\\d+)?|once|twice|thrice)';
const PER =
  '(?:(?:a|an|per|each|every|in|\\/|x)\\s*)?(?:(\\d+)\\s*)?(days?|daily|d|24 ?h(?:ours?|rs?)?|weeks?|weekly|wks?|w|months?|monthly|mo)\\b';
const UNIT_WORD = '(hours?|hrs?|h|minutes?|mins?|days?|d|weeks?|wks?|months?|mo)';

const COUNT_WORDS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

const ABBREVIATIONS: Readonly<Record<string, readonly [number, number, PeriodUnit]>> = {
  qd: [1, 1, 'd'],
  qday: [1, 1, 'd'],
  qdaily: [1, 1, 'd'],
  'q day': [1, 1, 'd'],
  'q d': [1, 1, 'd'],
  od: [1, 1, 'd'],
  q24h: [1, 1, 'd'],
  bid: [2, 1, 'd'],
  bd: [2, 1, 'd'],
  bds: [2, 1, 'd'],
  tid: [3, 1, 'd'],
  tds: [3, 1, 'd'],
  qid: [4, 1, 'd'],
  qds: [4, 1, 'd'],
  qod: [1, 2, 'd'],
  qw: [1, 1, 'wk'],
  qwk: [1, 1, 'wk'],
  qweek: [1, 1, 'wk'],
  weekly: [1, 1, 'wk'],
  biw: [2, 1, 'wk'],
  tiw: [3, 1, 'wk'],
  fortnightly: [1, 2, 'wk'],
  monthly: [1, 1, 'mo'],
  qmonth: [1, 1, 'mo'],
};

function countOf(word: string | undefined): number {
  if (word === undefined) return 1;
  return COUNT_WORDS[word] ?? Number(word);
}

function unitOf(word: string): PeriodUnit {
  if (/^(?:h|hrs?|hours?|min|mins?|minutes?)$/.test(word)) return 'h';
  if (/^(?:w|wks?|weeks?|weekly)$/.test(word)) return 'wk';
  if (/^(?:mo|months?|monthly)$/.test(word)) return 'mo';
  return 'd';
}

function scaledPeriod(value: number, word: string): number {
  return /^min/.test(word) ? Math.round((value / 60) * 10000) / 10000 : value;
}

function mention(
  count: number,
  period: number,
  periodUnit: PeriodUnit,
  extra: Partial<FrequencyMention> = {},
): FrequencyMention {
  return {
    frequency: { count: Math.max(1, count), period, periodUnit },
    periodMax: extra.periodMax ?? null,
    frequencyMax: extra.frequencyMax ?? null,
    generic: extra.generic ?? false,
    weak: extra.weak ?? false,
  };
}

function perDayUnit(periodWord: string): PeriodUnit {
  return /^24/.test(periodWord) ? 'd' : unitOf(periodWord.replace(/ly$/, ''));
}

type Reader = readonly [RegExp, (match: RegExpExecArray) => FrequencyMention | null];

const READERS: readonly Reader[] = [
  [
    new RegExp(
      `\\b${N}\\s*(?:or|to|-)\\s*${N}\\s*(?:times?|x)\\s*${PER}|\\b(once)\\s*or\\s*(twice|thrice)()\\s*${PER}`,
      'g',
    ),
    (m) =>
      mention(countOf(m[1] ?? m[5]), Number(m[3] ?? m[8] ?? 1), perDayUnit(m[4] ?? m[9] ?? 'd'), {
        frequencyMax: countOf(m[2] ?? m[6]),
      }),
  ],
  [
    new RegExp(`\\bup to\\s*(\\d+\\s*(?:times?|x)|once|twice|thrice)\\s*${PER}`, 'g'),
    (m) =>
      mention(1, Number(m[2] ?? 1), perDayUnit(m[3] ?? 'd'), {
        frequencyMax: countOf(m[1]?.replace(/\s*(?:times?|x)$/, '')),
      }),
  ],
  [
    /\b(qd|od|daily)\s*-\s*(bid|bd|tid|tds|qid|qds)\b/g,
    (m) => mention(1, 1, 'd', { frequencyMax: ABBREVIATIONS[m[2] ?? '']?.[0] ?? null }),
  ],
  [
    new RegExp(`\\b${N}\\s*(?:times?|x)\\s*${PER}`, 'g'),
    (m) => mention(countOf(m[1]), Number(m[2] ?? 1), perDayUnit(m[3] ?? 'd')),
  ],
  [
    /\b(once|twice|thrice)\s+(?:a|per|each|every)?\s*(day|daily|week|weekly|month|monthly)\b/g,
    (m) => mention(countOf(m[1]), 1, perDayUnit(m[2] ?? 'd')),
  ],
  [
    /\b(\d+)\s*\/\s*(d|day|wk|week|mo|month)\b/g,
    (m) => mention(Number(m[1]), 1, unitOf(m[2] ?? 'd')),
  ],
  [
    new RegExp(
      `\\b(?:every|q|each)\\s*(\\d+(?:\\.\\d+)?)(?:\\s*(?:-|to)\\s*(\\d+(?:\\.\\d+)?))?\\s*${UNIT_WORD}\\b`,
      'g',
    ),
    (m) => {
      const word = m[3] ?? 'h';
      const max = m[2] === undefined ? null : scaledPeriod(Number(m[2]), word);
      return mention(1, scaledPeriod(Number(m[1]), word), unitOf(word), { periodMax: max });
    },
  ],
  [
    /\b(\d+)(?:\s*(?:-|to)\s*(\d+))?\s*hourly\b/g,
    (m) => mention(1, Number(m[1]), 'h', { periodMax: m[2] === undefined ? null : Number(m[2]) }),
  ],
  [
    /\b(?:may )?repeat(?: dose)?(?: in| after| every)?\s*(\d+(?:\.\d+)?)\s*(hours?|hrs?|h)\b/g,
    (m) => mention(1, Number(m[1]), 'h'),
  ],
  [/\bevery other (?:day|night)\b|\bq ?2 ?d\b/g, () => mention(1, 2, 'd')],
  [/\bevery other week\b/g, () => mention(1, 2, 'wk')],
  [/\b(?:on )?alternate days\b/g, () => mention(1, 2, 'd', { weak: true })],
  [/\bevery (hour|week|month)\b/g, (m) => mention(1, 1, unitOf(m[1] ?? 'd'))],
  [
    /\b(qd|q d|qday|qdaily|q day|od|q24h|bid|bd|bds|tid|tds|qid|qds|qod|qw|qwk|qweek|weekly|biw|tiw|fortnightly|monthly|qmonth)\b/g,
    (m) => {
      const [count, period, unit] = ABBREVIATIONS[m[1] ?? ''] ?? [1, 1, 'd'];
      return mention(count, period, unit);
    },
  ],
  [
    /\b(?:daily|every ?day|(?:a|per|each) day|\/d(?:ay)?)\b/g,
    () => mention(1, 1, 'd', { generic: true }),
  ],
];

/**
 * Finds every stated frequency and interval ("bid", "3 times a day", "q4-6h", "once or twice
 * daily", "every other day") and blanks them out of the text. Event words (bedtime, morning)
 * are read by the event-timing extractor instead.
 */
export function extractFrequencyMentions(text: string): {
  mentions: readonly SigMatch<FrequencyMention>[];
  text: string;
} {
  let current = text;
  const mentions: SigMatch<FrequencyMention>[] = [];
  for (const [pattern, read] of READERS) {
    const result = maskMatches(current, pattern, read);
    mentions.push(...result.found);
    current = result.text;
  }
  return { mentions: mentions.sort((a, b) => a.index - b.index), text: current };
}

const HOURS_PER_UNIT: Readonly<Record<PeriodUnit, number>> = { h: 1, d: 24, wk: 168, mo: 720 };

function dosesPerHour(frequency: Frequency): number {
  return frequency.count / (frequency.period * HOURS_PER_UNIT[frequency.periodUnit]);
}

/** Equal mentions, or two ways to say one rate ("3 times a day (every 8 hours)"). */
function sameMention(a: FrequencyMention, b: FrequencyMention): boolean {
  const same =
    JSON.stringify([a.frequency, a.periodMax, a.frequencyMax]) ===
    JSON.stringify([b.frequency, b.periodMax, b.frequencyMax]);
  const ranged =
    a.periodMax !== null ||
    a.frequencyMax !== null ||
    b.periodMax !== null ||
    b.frequencyMax !== null;
  const sameRate = Math.abs(dosesPerHour(a.frequency) - dosesPerHour(b.frequency)) < 1e-9;
  return same || (!ranged && !a.generic && !b.generic && sameRate);
}

/**
 * Resolves the mentions of one clause into one frequency. Generic "daily" gives way to a
 * specific code; when specific mentions disagree ("every day bid" aside), the first specific
 * one is kept and `conflict` is set so the reading is flagged ambiguous.
 */
export function resolveFrequency(mentions: readonly FrequencyMention[]): FrequencyReading {
  const strong = mentions.filter((item) => !item.weak);
  const pool = strong.length > 0 ? strong : mentions;
  const specific = pool.filter((item) => !item.generic);
  const chosen = specific[0] ?? pool[0];
  if (chosen === undefined) {
    return {
      frequency: null,
      periodMax: null,
      frequencyMax: null,
      conflict: false,
      generic: false,
    };
  }
  const conflict = pool.some((item) => !sameMention(item, chosen));
  return {
    frequency: chosen.frequency,
    periodMax: chosen.periodMax,
    frequencyMax: chosen.frequencyMax,
    conflict,
    generic: chosen.generic,
  };
}
