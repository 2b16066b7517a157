import { UNIT_SOURCE } from './sig-units';

/** Wh-words that never open a sig; "when" is left out ("when needed take 1"). */
const WH_OPENING = /^(?:what|what's|whats|where|why|who|whom|whose|which|how)\b/;

/** An auxiliary verb then a subject pronoun opens a yes/no question ("do i", "is it", "am i"). */
const AUX_QUESTION =
  /^(?:when\s+)?(?:can|could|should|shall|would|will|do|does|did|is|are|am|was|were|may|must|have|has)\s+(?:i|you|we|they|it|this|that|he|she|there|my)\b/;

/** "when do i …", "when should i …": a question, unlike "when needed". */
const WHEN_QUESTION =
  /^when\s+(?:can|could|should|shall|would|will|do|does|did|is|are|am|was|were|may|must)\b/;

/**
 * Dose, form, route, administration and PRN wording: a text with any of it is an instruction.
 * The everyday words that collide with sig abbreviations (am, pm, in, as, on, od) are left out
 * on purpose: alone they say nothing.
 */
const DOSING_WORDING = new RegExp(
  [
    `\\b(?:${UNIT_SOURCE})\\b`,
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|single|tab|cap)\\b',
    '\\b(?:take|takes|taking|apply|use|instill|inhale|insert|inject|give|chew|dissolve|swallow|place|spray|rub|paint|infuse|gargle|rinse|dose|doses)\\b',
    '\\b(?:as needed|if needed|when needed|as required|when required|as directed|ud|uad|po)\\b',
    '\\b(?:mouth|oral|orally|eyes?|ears?|nose|nostrils?|skin|topical\\w*|rectal\\w*|vaginal\\w*|sublingual\\w*|tongue)\\b',
  ].join('|'),
);

/** Frequency and event wording: alone, it is an instruction only as bare sig shorthand. */
const TIMING_WORDS = new RegExp(
  [
    '\\b(?:once|twice|thrice|daily|day|days|weekly|week|fortnightly|fortnight|monthly|month|alternate|hourly|nightly|hours?|hrs?|times?|every|each|other|prn|stat|sos|mane|nocte|qam|qpm|qhs|hs|qd|qod|qad|bid|bd|bds|tid|tds|qid|qds|qqh|qh|q\\s?\\d+\\s?h|q)\\b',
    '\\b(?:mornings?|noon|midday|afternoons?|evenings?|nights?|bed ?time|breakfast|lunch|dinner|supper|meals?|food|ac|pc)\\b',
  ].join('|'),
  'g',
);

/** Words that join shorthand ("morning and night", "every other day", "with food"). */
const CONNECTORS = /\b(?:and|or|a|an|the|at|in|on|per|then|with|before|after|of|to|same)\b/g;

/** "i forgot my pill this morning": a report of what happened, not a direction. */
const REPORT =
  /\b(?:i|we|he|she|they)\s+(?:forgot|missed|skipped|took|didn'?t|did not|have (?:already )?(?:taken|missed)|already took|just took)\b/;

/**
 * Bare timing shorthand ("q.i.d.", "twice weekly"), maybe after a drug name of one or two words
 * ("lisinopril once a day", "folic acid daily"): a name has no dictionary here, so a leading
 * word of five letters or more stands for one.
 */
function isBareShorthand(normalized: string): boolean {
  const words = normalized.split(' ');
  const isTiming = (word: string | undefined): boolean =>
    word === undefined || (word.match(TIMING_WORDS) ?? []).length > 0;
  let nameLength = 0;
  if (/^[a-z]{5,}$/.test(words[0] ?? '') && !isTiming(words[0])) nameLength = 1;
  if (nameLength === 1 && /^[a-z]+$/.test(words[1] ?? '') && !isTiming(words[1])) nameLength = 2;
  const named = words.slice(nameLength).join(' ');
  const timing = named.match(TIMING_WORDS) ?? [];
  const rest = named.replace(TIMING_WORDS, ' ').replace(CONNECTORS, ' ');
  return timing.length > 0 && !/[a-z]/.test(rest);
}

/**
 * Tells chat text that is not a dosing instruction: a question ("what time zone am i in", "how
 * do i take it", "should i take 2 a day?") a report ("i forgot my pill this morning"),
 * or a sentence with no dose, drug-form, route, administration or PRN wording that is not bare
 * timing shorthand ("i am in london", "my doctor said stat", "he bid me farewell"; but
 * "q.i.d." and "twice weekly" pass). Such a text must yield no schedule: its "am", "in", "bid"
 * or "stat" are plain English. Reads digits, questions and reports from the raw text, wording
 * from the normalised text (where "q.i.d." is "qid" and typos are repaired).
 */
export function isNonInstruction(raw: string, normalized: string): boolean {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text.length === 0) return false;
  if (/\?\s*$/.test(text)) return true;
  if (WH_OPENING.test(text) || AUX_QUESTION.test(text) || WHEN_QUESTION.test(text)) return true;
  if (REPORT.test(text)) return true;
  if (/\d/.test(text) || DOSING_WORDING.test(normalized)) return false;
  return !isBareShorthand(normalized);
}
