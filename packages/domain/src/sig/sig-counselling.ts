import { maskNoise } from './sig-text-mask';

/** Words that open advice, a warning or a monitoring order rather than a dosing instruction. */
const OPENERS = [
  'check',
  'monitor',
  'avoid',
  // "do not exceed 8 tablets" and "do not take more than …" state a maximum: they stay.
  'do not(?! (?:take |use |give |apply )?(?:exceed|more than))',
  "don't",
  'never',
  'store',
  'keep',
  'shake(?: well)?',
  'may cause',
  'can cause',
  'could cause',
  'call',
  'contact',
  'report',
  'tell',
  'seek',
  'discard',
  'refrigerate',
  'protect',
  'limit',
  'caution',
  'warning',
  'note',
  'stay',
  'remain',
  'notify',
  'watch',
  'read',
  'see',
].join('|');

// TODO: a counselling clause that runs on into dosing with no stop between them ("stay upright
// for 30 minutes for 10 days") is blanked up to the next stop, so the dosing after it is lost.
// Meanwhile the dosing before it is still read, and a reading that loses its timing is flagged
// ambiguous, so the bot asks rather than schedules from it.
// A sentence or comma clause that opens with one of the words, up to the next stop or "then".
const COUNSELLING = new RegExp(
  `(?<=(?:^|[.;,:]\\s*))\\b(?:${OPENERS})\\b[^.;,]*?(?=\\s*(?:[.;,]|\\bthen\\b|$))`,
  'g',
);

/**
 * Blanks sentences and clauses that advise, warn or order monitoring ("Avoid NSAIDs.", "Check
 * INR weekly.", "Store in the fridge", "May cause drowsiness"): they state nothing about the
 * dose, frequency or duration, so a number or a frequency word in them must not be read. A
 * stated maximum ("Do not exceed 8 tablets a day") is kept. Input is normalised text.
 */
export function maskCounselling(text: string): string {
  return maskNoise(text, COUNSELLING);
}
