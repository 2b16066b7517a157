/**
 * Latin sig abbreviations whose dotted form would lose its meaning once the dots go ("o.n." is
 * not the English "on"), rewritten into the words the rest of the parser reads.
 */
const LATIN_PHRASES: readonly (readonly [RegExp, string])[] = [
  // omni nocte / omni mane: every night / every morning.
  [/\bo\.\s?n\.?(?![a-z])/g, ' nocte '],
  [/\bo\.\s?m\.?(?![a-z])/g, ' mane '],
  [/\bomni nocte\b/g, ' nocte '],
  [/\bomni mane\b/g, ' mane '],
  // "Zolpidem 5mg on": an undotted "on" closing the sig straight after an amount.
  [/(\d\s*(?:mg|mcg|g|ml|tabs?|tablets?|caps?|capsules?)?\.?)\s+on\s*\.?\s*$/g, '$1 nocte'],
  // quaque quarta hora: every 4 hours.
  [/\bq\.?\s?q\.?\s?h\b\.?/g, ' q4h '],
  // alternis diebus: every other day.
  [/\balt(?:\.|ernis)?\s*die(?:b(?:us)?)?\b\.?/g, ' every other day '],
];

// TODO: "a.d." is never read as every other day or as the right ear: it is left as "ad", and
// the ambiguity check flags the sig. Meanwhile the bot asks the patient, which is safe.
/**
 * Rewrites Latin abbreviations (o.n., o.m., q.q.h., alt. die) into plain sig words. "a.d." is
 * left alone: it is both "alternis diebus" and "auris dextra" (right ear). Never throws.
 */
export function translateLatinSigWords(text: string): string {
  return LATIN_PHRASES.reduce((current, [pattern, words]) => current.replace(pattern, words), text);
}
