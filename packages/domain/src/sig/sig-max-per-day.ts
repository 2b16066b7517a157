import type { Quantity } from './sig-reading';
import { maskMatches } from './sig-text-mask';
import { NUMBER_SOURCE, normalizeUnit, UNIT_AFTER_NUMBER_SOURCE } from './sig-units';

// "per day", "a day", "in a day", "in any 24 hours", "in 1 day".
const PER_DAY =
  '(?:\\s*(?:per|a|in|\\/|every|each)\\s*(?:(?:a|any|one|1)\\s+)?(?:day|d|24\\s*(?:hours?|hrs?|hr|h)))';
const AMOUNT = `(${NUMBER_SOURCE})\\s*(${UNIT_AFTER_NUMBER_SOURCE}(?![a-z])|doses?\\b)?`;

const MAX_PATTERNS: readonly RegExp[] = [
  new RegExp(
    `\\b(?:max(?:imum)?(?:\\s+daily)?(?:\\s+dose)?|mdd|do not (?:take |use |give )?(?:exceed|more than)|not to exceed|(?:no|not) more than)\\s*:?\\s*(?:of\\s+)?${AMOUNT}${PER_DAY}?`,
    'g',
  ),
  new RegExp(`\\bup to\\s*${AMOUNT}${PER_DAY}`, 'g'),
];

/**
 * Reads an explicitly stated daily maximum ("max 3 tabs/day", "maximum daily dose 8 tablets",
 * "mdd 6", "up to 200 mg/24 hr") in its stated unit; the unit is null when only a number is
 * given. The first statement wins; every statement is blanked out of the text.
 */
export function extractMaxPerDay(text: string): { max: Quantity | null; text: string } {
  let current = text;
  let max: Quantity | null = null;
  for (const pattern of MAX_PATTERNS) {
    const result = maskMatches(current, pattern, (m) => {
      // TODO: "max 6 doses per day" has no unit in the corpus list; it is kept as a count
      // (unit "dose") so that it is never mistaken for the dose's own unit.
      if (m[2] !== undefined && /^doses?$/.test(m[2])) return { value: Number(m[1]), unit: 'dose' };
      const unit = m[2] === undefined ? null : normalizeUnit(m[2]);
      return { value: Number(m[1]) * (unit?.factor ?? 1), unit: unit?.unit ?? null };
    });
    max ??= result.found[0]?.value ?? null;
    current = result.text;
  }
  return { max, text: current };
}
