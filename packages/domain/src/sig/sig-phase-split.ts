import { maskSigClause } from './sig-clause';
import type { DoseAmount } from './sig-dose';
import { findDoseAmounts } from './sig-dose';

const SEQUENTIAL_MARKER =
  /\s*(?:,\s*|;\s*)?\b(?:and then|then|followed by|after that|(?:,\s*)?to the (?:recommended )?maintenance dose of)\b\s*/g;

const DURATION_END =
  /\b(?:for|x|times)\s*(?:up to\s*)?\d+(?:\.\d+)?\s*(?:days?|d|weeks?|wks?|w|months?|mo|nights?)\b|\b\d+\s*\/\s*(?:52|12|7)\b|\bon day \d+\b(?!\s*(?:-|to\b))|\btoday\b/g;

/** "then stop" and "thereafter" end a phase; they start none. */
function dropPhaseEndings(text: string): string {
  return text.replace(/\b(?:and )?then stop\b(?!\s*for)|\bthereafter\b/g, ' ');
}

/** A taper may list "dose x N days" groups with no "then": a new amount after a duration starts a phase. */
function splitAfterDurations(text: string): string[] {
  const cuts: number[] = [];
  for (const match of text.matchAll(DURATION_END)) {
    const end = (match.index ?? 0) + match[0].length;
    if (/^\s*[,;.]?\s*(?:and\s+)?(?:take\s+)?\d/.test(text.slice(end))) cuts.push(end);
  }
  const parts: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    parts.push(text.slice(start, cut));
    start = cut;
  }
  parts.push(text.slice(start));
  return parts;
}

// TODO: an optional change ("may increase to 2 tablets daily") starts no phase here; the
// concurrent splitter still reads it as a second schedule beside the first. Meanwhile both
// amounts are shown with the verbatim text for the patient to confirm; which one the
// prescriber meant needs a pharmacist, not a rule.
const DOSE_CHANGE =
  /\s*[,;.]?\s*(?:and\s+)?(?:then\s+)?(?<!\b(?:may|can|could)\s+)\b(?:increas|reduc|decreas|titrat)(?:e|ing)(?:\s+(?:the\s+)?dose)?\s+to\s+([^,;]+?)(?:\s+(?:after|in)\s+(\d+(?:\.\d+)?\s*(?:days?|weeks?|months?)))?(?=\s*(?:[,;]|\.(?!\d)|$))/g;

/**
 * "0.6 mg daily; increase to 1.2 mg after 1 week": the change starts a phase, and "after 1
 * week" is how long the phase before it lasts.
 */
function unfoldDoseChanges(text: string): string {
  return text.replace(DOSE_CHANGE, (_match, next: string, after: string | undefined) =>
    after === undefined ? ` then ${next}` : ` for ${after} then ${next}`,
  );
}

const PHASE_LABEL = /\b(week|day)s?\s*(\d+)(?:\s*(?:-|to)\s*(\d+))?\s*:/g;

/**
 * "Week 1: 1 tab daily; Week 2: 2 tabs daily": each label starts a phase that lasts as long as
 * the label says. The labels become "then" and a trailing "for N weeks".
 */
function unfoldPhaseLabels(text: string): string {
  const labels = [...text.matchAll(PHASE_LABEL)];
  if (labels.length < 2) return text;
  const first = labels[0]?.index ?? 0;
  const phases = labels.map((label, index) => {
    const start = (label.index ?? 0) + label[0].length;
    const end = labels[index + 1]?.index ?? text.length;
    const span = label[3] === undefined ? 1 : Number(label[3]) - Number(label[2]) + 1;
    const body = text.slice(start, end).replace(/[\s,;.]+$/, '');
    return `${body} for ${span} ${label[1] === 'week' ? 'weeks' : 'days'}`;
  });
  return `${text.slice(0, first)}${phases.join(' then ')}`;
}

/** A sequential phase's text; `explicit` when "then" or "followed by" started it. */
export interface PhaseText {
  readonly text: string;
  readonly explicit: boolean;
}

/**
 * Splits a normalised sig into sequential phases: at "then", "followed by", "to the maintenance
 * dose of", "increase to …", at "Week N:" labels, and after a duration that a new amount follows ("40mg x 2 days 30mg x 2 days").
 * Returns one phase when the sig has none of these.
 */
export function splitSequentialPhases(text: string): PhaseText[] {
  return dropPhaseEndings(unfoldDoseChanges(unfoldPhaseLabels(text)))
    .split(SEQUENTIAL_MARKER)
    .flatMap((chunk, chunkIndex) =>
      splitAfterDurations(chunk).map((part, partIndex) => ({
        text: part.trim(),
        explicit: chunkIndex > 0 && partIndex === 0,
      })),
    )
    .filter((part) => part.text.replace(/[|,;.\s]/g, '') !== '');
}

const TIMING_WORDS =
  /\b(?:morning|am|noon|midday|afternoon|evening|pm|night|nightly|nocte|mane|bedtime|bed|hs|qhs|qam|qpm|breakfast|lunch|dinner|supper|daily|day|bid|bd|tid|tds|qid|qds|qd|od|weekly|hourly|hours?|prn|needed|required|necessary|sos|now|stat|immediately|today|other days|remaining days|times|every|once|twice|thrice|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|weekdays|weekends|q\s?\d+\s?h\w*)\b|\d:\d\d/;

/**
 * Splits a phase into parts that run side by side: each new amount starts a part once the part
 * before it has its own timing ("2 in the morning and 1 at night", "1 tab at 8:00, 1 tab hs").
 */
export function splitConcurrentParts(text: string, leadingDose = false): string[] {
  const amounts = findDoseAmounts(maskSigClause(text));
  const parts: string[] = [];
  let start = 0;
  for (const amount of leadingDose ? amounts : amounts.slice(1)) {
    const before = text.slice(start, amount.index);
    const after = text.slice(amount.index);
    const bothTimed = TIMING_WORDS.test(before) && TIMING_WORDS.test(after);
    // With the first dose by the drug name ("Levothyroxine 100 mcg Mon-Fri and 50 mcg Sat-Sun"),
    // the part before the first amount in the text has its dose already.
    const hasDose =
      (leadingDose && start === 0) || findDoseAmounts(maskSigClause(before)).length > 0;
    if (bothTimed && hasDose && before.replace(/[|,;.\s]/g, '') !== '') {
      parts.push(before);
      start = amount.index;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim());
}

const PRN_WORDS =
  /\b(?:prn|as needed|if needed|when needed|as required|when required|if required|(?:if|when|as) necessary|sos)\b/g;

/** "take another tablet if needed": a PRN dose with no schedule of its own beside a fixed one. */
function isAddedPrnDose(before: string, later: string): boolean {
  const laterIsPrn = later.replace(PRN_WORDS, ' ') !== later;
  const beforeIsPrn = before.replace(PRN_WORDS, ' ') !== before;
  return laterIsPrn && !beforeIsPrn && !TIMING_WORDS.test(later.replace(PRN_WORDS, ' '));
}

/** A restatement repeats the amount ("2 tablets" … "2 pills"); a new amount is a new part. */
function isSameAmount(first: DoseAmount, again: DoseAmount | undefined): boolean {
  if (again === undefined) return false;
  const units =
    first.dose.unit === null || again.dose.unit === null || first.dose.unit === again.dose.unit;
  return first.dose.min === again.dose.min && first.dose.max === again.dose.max && units;
}

/**
 * Cuts a restatement off a sig: a second "take …" after a clause that already has an amount and
 * timing ("take 2 tablets daily … take 2 pills on the first day …"). Returns the restatement
 * separately so it can only fill gaps, never add phases.
 */
export function splitRestatement(text: string): { primary: string; restatement: string | null } {
  for (const match of text.matchAll(/\btake\b/g)) {
    const index = match.index ?? 0;
    const before = text.slice(0, index);
    const first = findDoseAmounts(maskSigClause(before))[0];
    const again = findDoseAmounts(maskSigClause(text.slice(index)))[0];
    if (
      index > 0 &&
      // "… for 1 week, then take 1 tablet tid" starts a phase: it restates nothing.
      !/\b(?:then|followed by|after that)\s*[,;]?\s*$/.test(before) &&
      first !== undefined &&
      TIMING_WORDS.test(before) &&
      isSameAmount(first, again) &&
      // "take 1 daily; take another if needed" adds a PRN dose: it restates nothing.
      !isAddedPrnDose(before, text.slice(index))
    ) {
      return { primary: before.trim(), restatement: text.slice(index).trim() };
    }
  }
  return { primary: text, restatement: null };
}
