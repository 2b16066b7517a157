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

/**
 * True when a reply to "which medicine is this for?" looks like a medicine name: one to
 * {@link MAX_NAME_REPLY_WORDS} words, starting with a letter, no `?` or `!`, and none of the
 * words of a sentence or greeting ("hello", "I took too many pills", "what is it?"). Names with
 * a strength, a number or a hyphen pass ("Amlodipine 5 mg", "Vitamin D3", "co-amoxiclav").
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
  return words.every((word) => !SENTENCE_WORDS.has(word.replace(/[.,;:]+$/, '')));
}
