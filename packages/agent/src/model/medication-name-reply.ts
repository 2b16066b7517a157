/** Most words a reply to "which medicine is this for?" may have ("Amlodipine 5 mg tablets"). */
export const MAX_NAME_REPLY_WORDS = 4;

/**
 * Words that make a reply a sentence, a greeting or an answer rather than a medicine name:
 * pronouns, common verbs, question words, yes/no, thanks and greetings.
 */
const SENTENCE_WORDS = new Set([
  'i',
  "i'm",
  'im',
  'me',
  'my',
  'mine',
  'you',
  'your',
  'we',
  'he',
  'she',
  'it',
  'they',
  'this',
  'that',
  'is',
  'am',
  'are',
  'was',
  'were',
  'be',
  'do',
  'did',
  "don't",
  'dont',
  'not',
  'have',
  'had',
  'took',
  'take',
  'taken',
  'feel',
  'feeling',
  'felt',
  'know',
  'remember',
  'forgot',
  'what',
  'which',
  'how',
  'why',
  'when',
  'where',
  'who',
  'can',
  'yes',
  'no',
  'nope',
  'yeah',
  'thanks',
  'thank',
  'hello',
  'hi',
  'hey',
  'ok',
  'okay',
  'please',
  'sorry',
  'bye',
  'good',
  'the',
  'a',
  'an',
]);

/** Frequency words: "twice" answers "how often", not "which medicine". */
const FREQUENCY_WORDS = new Set([
  'once',
  'twice',
  'thrice',
  'daily',
  'hourly',
  'weekly',
  'nightly',
  'fortnightly',
  'monthly',
  'times',
  'every',
]);

/** A lead-in before the name: "it's paracetamol", "the medicine is paracetamol". */
const NAME_LEAD =
  /^(?:it(?:'|’)?s|it\s+is|its\s+name\s+is|that(?:'|’)?s|that\s+is|the\s+(?:medicine|medication|drug|tablet|name)\s+is|it(?:'|’)?s\s+called|called)\s+/i;

/**
 * True when a reply to "which medicine is this for?" looks like a medicine name: one to
 * {@link MAX_NAME_REPLY_WORDS} words, starting with a letter, no `?` or `!`, and none of the
 * words of a sentence, greeting or frequency ("hello", "I took too many pills", "what is it?",
 * "twice"). Names with a strength, a number or a hyphen pass ("Amlodipine 5 mg", "Vitamin D3",
 * "co-amoxiclav").
 */
export function looksLikeMedicationName(text: string): boolean {
  const trimmed = text.trim();
  if (!/^\p{L}/u.test(trimmed) || /[?!]/.test(trimmed)) {
    return false;
  }
  const words = trimmed.toLowerCase().split(/\s+/);
  if (words.length > MAX_NAME_REPLY_WORDS) {
    return false;
  }
  return words.every((word) => {
    const bare = word.replace(/[.,;:]+$/, '');
    return !SENTENCE_WORDS.has(bare) && !FREQUENCY_WORDS.has(bare);
  });
}

/**
 * The medicine name in a reply to "which medicine is this for?", or null when the reply is not
 * a name (see {@link looksLikeMedicationName}). A lead-in is dropped first ("it's paracetamol",
 * "the medicine is paracetamol" → "paracetamol"), and so is trailing punctuation.
 */
export function medicationNameFromReply(text: string): string | null {
  const name = text
    .trim()
    .replace(NAME_LEAD, '')
    .replace(/[.,;:]+$/, '')
    .trim();
  return looksLikeMedicationName(name) ? name : null;
}
