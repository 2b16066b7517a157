/** Words worth repairing when a sig misspells them by one edit. */
const TARGET_WORDS: readonly string[] = [
  'take',
  'days',
  'tablet',
  'tablets',
  'times',
  'weeks',
  'daily',
  'capsule',
  'capsules',
  'morning',
  'evening',
  'needed',
  'mouth',
  'bedtime',
  'hours',
  'every',
  'twice',
  'night',
  'before',
  'after',
  'breakfast',
  'dinner',
];

/** Three-letter sig words: too short for any edit but a swap of two letters ("dya" → day). */
const SHORT_TARGETS: readonly string[] = ['day', 'tab', 'cap'];

/** Real words one edit away from a target that must stay as written. */
const KEEP_WORDS: ReadonlySet<string> = new Set([
  ...TARGET_WORDS,
  'time',
  'tabs',
  'tale',
  'tame',
  'tape',
  'takes',
  'taken',
  'table',
  'tables',
  'mouths',
  'dose',
  'does',
  'dais',
  'mouse',
  'hour',
  'week',
  'dairy',
  'ever',
  'even',
  'event',
  'evenings',
  'mornings',
  'month',
  'months',
  'mouths',
  'tablespoon',
  'tablespoons',
  'capsular',
  'dailies',
  'twine',
  'hoursly',
  'nights',
  'alter',
  'aster',
  'diner',
  'dinners',
  'afters',
]);

function isOneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let endA = a.length - 1;
  let endB = b.length - 1;
  while (endA >= start && endB >= start && a[endA] === b[endB]) {
    endA -= 1;
    endB -= 1;
  }
  const restA = a.slice(start, endA + 1);
  const restB = b.slice(start, endB + 1);
  if (restA.length <= 1 && restB.length <= 1) return true;
  // An adjacent transposition ("tkae" for "take") also counts as one edit.
  return restA.length === 2 && restB.length === 2 && restA === `${restB[1]}${restB[0]}`;
}

/** A three-letter word that misses one inner letter of a sig word ("tke" → take). */
function restoreDroppedLetter(word: string): string | undefined {
  return TARGET_WORDS.find(
    (target) =>
      target.length === 4 &&
      target[0] === word[0] &&
      target[3] === word[2] &&
      isOneEditApart(word, target),
  );
}

function correctShortWord(word: string): string {
  if (KEEP_WORDS.has(word)) return word;
  const dropped = restoreDroppedLetter(word);
  if (dropped !== undefined) return dropped;
  const match = SHORT_TARGETS.find(
    (target) =>
      target[0] === word[0] &&
      word !== target &&
      [...word].sort().join('') === [...target].sort().join(''),
  );
  return match ?? word;
}

/** Spellings people type in chat that no single edit repairs. */
const CHAT_SPELLINGS: Readonly<Record<string, string>> = {
  nite: 'night',
  nites: 'nights',
  nitely: 'nightly',
  mornin: 'morning',
  evenin: 'evening',
  brekkie: 'breakfast',
};

function correctWord(word: string): string {
  const chat = CHAT_SPELLINGS[word];
  if (chat !== undefined) return chat;
  if (word.length === 3) return correctShortWord(word);
  if (word.length < 4 || KEEP_WORDS.has(word) || !/^[a-z]+$/.test(word)) return word;
  const match = TARGET_WORDS.find(
    (target) => target[0] === word[0] && isOneEditApart(word, target),
  );
  return match ?? word;
}

/**
 * Repairs common one-edit misspellings of core sig words ("tkae" → take, "tiems" → times)
 * swapped letters in three-letter ones ("dya" → day) and chat spellings ("nite" → night).
 * Only words starting with the same letter as the target are changed, and known real words
 * are kept, so a correct word is never rewritten.
 */
export function correctSigTypos(text: string): string {
  return text.replace(/[a-z]+/g, correctWord);
}
