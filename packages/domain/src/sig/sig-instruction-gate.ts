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
 * Words that only a dosing instruction uses. The everyday words that collide with sig
 * abbreviations (am, pm, in, as, on, od) are left out on purpose: alone they say nothing.
 */
const INSTRUCTION_WORDING = new RegExp(
  [
    `\\b(?:${UNIT_SOURCE})\\b`,
    '\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|half|once|twice|thrice|single)\\b',
    '\\b(?:take|takes|taking|apply|use|instill|inhale|insert|inject|give|chew|dissolve|swallow|place|spray|rub|paint|infuse|gargle|rinse|dose|doses)\\b',
    '\\b(?:daily|day|days|weekly|week|fortnightly|fortnight|monthly|month|alternate|hourly|nightly|hours?|hrs?|times?|every|each|tab|cap|po|prn|stat|sos|mane|nocte|qam|qpm|qhs|qd|qod|qad|bid|bd|bds|tid|tds|qid|qds|qqh|qh|q\\s?\\d|q\\s?\\d+\\s?h)\\b',
    '\\b(?:as needed|if needed|when needed|as required|when required|as directed|ud|uad)\\b',
    '\\b(?:mornings?|noon|midday|afternoons?|evenings?|nights?|bed ?time|breakfast|lunch|dinner|supper|meals?|food)\\b',
    '\\b(?:mouth|oral|orally|eyes?|ears?|nose|nostrils?|skin|topical\\w*|rectal\\w*|vaginal\\w*|sublingual\\w*|tongue)\\b',
  ].join('|'),
);

/**
 * Tells chat text that is not a dosing instruction: a question ("what time zone am i in", "how
 * do i take it", "should i take 2 a day?") or a sentence with no dose, drug-form, route,
 * frequency, event or administration wording ("i am in london", "as soon as possible"). Such a
 * text must yield no schedule: its "am", "in" or "as" are plain English. Reads digits and questions from the raw text, wording from
 * the normalised text (where "q.i.d." is "qid" and typos are repaired).
 */
export function isNonInstruction(raw: string, normalized: string): boolean {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text.length === 0) return false;
  if (/\?\s*$/.test(text)) return true;
  if (WH_OPENING.test(text) || AUX_QUESTION.test(text) || WHEN_QUESTION.test(text)) return true;
  if (/\d/.test(text)) return false;
  return !INSTRUCTION_WORDING.test(normalized);
}
