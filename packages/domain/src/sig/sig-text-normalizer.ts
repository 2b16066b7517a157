import { placeFormAfterAmount } from './sig-form-qualifier';
import { translateForeignSigWords } from './sig-foreign-words';
import { translateLatinSigWords } from './sig-latin-words';
import { correctSigTypos } from './sig-typo-correction';
import { UNIT_SOURCE } from './sig-units';

const NUMBER_WORDS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  fourteen: '14',
  fifteen: '15',
  twenty: '20',
  thirty: '30',
};

const VULGAR_FRACTIONS: Readonly<Record<string, string>> = { '½': '1/2', '¼': '1/4', '¾': '3/4' };

const ROMAN: Readonly<Record<string, string>> = { i: '1', ii: '2', iii: '3', iv: '4' };

/** Verbs that follow the pronoun "I" in chat ("i am taking", "i take", "i forgot"). */
const PRONOUN_VERB =
  "(?:am|m|was|have|had|take|took|use|used|need|will|would|should|can|do|did|dont|don't|forgot|missed|got|get|just|also|only|usually|think|want)";

const MONTHS =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Punctuation becomes its own token; dotted abbreviations (q.i.d.) lose their dots. */
function separatePunctuation(text: string): string {
  return (
    text
      // "q.6.h." is q6h.
      .replace(/\bq\.\s?(\d+)\.\s?h\b\.?/g, 'q$1h')
      .replace(/\b((?:[a-z]\.){1,3}[a-z])\.?(?![a-z])/g, (match) => match.replace(/\./g, ''))
      .replace(/(\d)\.(?!\d)/g, '$1 . ')
      .replace(/(^|[^\d])\.(?=\D|$)/g, '$1 . ')
      .replace(/([,;()=!?"\][])/g, ' $1 ')
      .replace(/(?<!\d):|:(?!\d)/g, ' : ')
      .replace(/@/g, ' at ')
      .replace(/\s+-\s*|\s*-\s+/g, ' - ')
  );
}

/** Splits tokens that EHR exports glue together ("tidprnas", "dose9", "dailyx5", "500mg"). */
function splitGluedTokens(text: string): string {
  return text
    .replace(/prn/g, ' prn ')
    .replace(/\bprn\s+as needed\b/g, 'prn')
    .replace(/instr(?!uct)/g, ' instr ')
    .replace(/([a-z]{3})(mdd|max(?:imum)?)(?=\s*(?:daily|dose|\d|:))/g, '$1 $2')
    .replace(/([a-z]{3,})x(\d)/g, '$1 x$2')
    .replace(/([a-z]{3,})(\d)/g, '$1 $2')
    .replace(/\b([qx])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zµ%])/g, '$1 $2')
    .replace(/(\d)\s*[x*×]\s*(\d)/g, '$1 x $2')
    .replace(/\b(am|pm|a|p)-(\d)/g, '$1 - $2');
}

/** Dates and ordinals are never amounts, so they become neutral words. */
function neutralizeDates(text: string): string {
  const year = '(?:\\s*,?\\s*\\d{4})';
  return text
    .replace(
      new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)\\s+(?:of\\s+)?${MONTHS}\\b${year}?`, 'g'),
      ' date ',
    )
    .replace(new RegExp(`\\b\\d{1,2}\\s+${MONTHS}${year}`, 'g'), ' date ')
    .replace(new RegExp(`\\b${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)?${year}`, 'g'), ' date ')
    .replace(new RegExp(`\\b${MONTHS}\\s+\\d{1,2}(?:st|nd|rd|th)\\b`, 'g'), ' date ')
    .replace(/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g, ' date ')
    .replace(/\b\d+(?:st|nd|rd|th)\b/g, ' nth ');
}

/** Word numbers, halves, simple fractions, roman numerals and "a" before a unit become digits. */
function normalizeNumbers(text: string): string {
  const unitAhead = `(?=\\s+${UNIT_SOURCE}\\b)`;
  return (
    text
      .replace(/\b(?:one[- ])?half (?:a|an|of a|1)\b/g, '0.5')
      .replace(/\b(?:one[- ])?half\b/g, '0.5')
      .replace(
        /\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty)\b/g,
        (word) => NUMBER_WORDS[word] ?? word,
      )
      .replace(/\b(\d+)\/([234])\b/g, (_match, top: string, bottom: string) =>
        String(Number(top) / Number(bottom)),
      )
      // Mixed numbers: "1 and 1/2", "1 1/2", "one and a half", "1½" are one amount.
      .replace(
        /(?<![\d.] ?- ?)\b(\d+)(?: and (?:a )?| |-)(0\.5|0\.25|0\.75)\b(?! ?-)/g,
        (_match, whole: string, part: string) => String(Number(whole) + Number(part)),
      )
      .replace(new RegExp(`\\b(i{1,3}|iv)\\b${unitAhead}`, 'g'), (word) => ROMAN[word] ?? word)
      // "ii po bid" opens with a count; "i am taking…" opens with the pronoun.
      .replace(
        new RegExp(`^(i{1,3})\\b(?!\\s+${PRONOUN_VERB}\\b)`, 'g'),
        (word) => ROMAN[word] ?? word,
      )
      .replace(new RegExp(`\\ban?\\b${unitAhead}`, 'g'), '1')
      .replace(new RegExp(`\\bss\\b${unitAhead}`, 'g'), '0.5')
      .replace(/\bper os\b/g, 'po')
      // Indian shorthand: BBF / ABF are before and after breakfast.
      .replace(/\b([ab])bf\b/g, (_m, side: string) =>
        side === 'b' ? 'before breakfast' : 'after breakfast',
      )
      .replace(/\b(\d+(?:\.\d+)?)\s+\(\s*\1\s*\)/g, '$1')
      .replace(/\b(\d+(?:\.\d+)?)\s+\1\b(?!\s*-)/g, '$1')
      .replace(/\b(mg|mcg|units?) per (m2|kg)\b/g, '$1/$2')
      // "2 x 5 ml spoonfuls" is 10 ml; "2 x 500 mg tablets" is 2 tablets of 500 mg each.
      .replace(
        /\b(\d+(?:\.\d+)?) x (\d+(?:\.\d+)?) ml spoon\w*/g,
        (_m, n: string, ml: string) => `${Number(n) * Number(ml)} ml spoonful`,
      )
      .replace(
        /\b(\d+(?:\.\d+)?) x (\d+(?:\.\d+)?) (mg|mcg|g) (tablets?|tabs?|capsules?|caps?|pills?|sachets?|suppositor(?:y|ies)|patch(?:es)?)\b/g,
        '$1 $4 $2 $3 each',
      )
      .replace(/\b(\d+(?:\.\d+)?) ?([a-z]+)(?:-| to )(\d+(?:\.\d+)?) ?\2\b/g, '$1-$3 $2')
  );
}

/**
 * Turns a raw sig into the lower-case, single-spaced token text that every extractor reads:
 * foreign phrases translated, typos repaired, glued tokens split, dates neutralised and numbers
 * written as digits. Never throws.
 */
export function normalizeSigText(raw: string): string {
  let text = raw
    .toLowerCase()
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .replace(/\(s\)/g, 's')
    .replace(/(\d)?([½¼¾])/g, (_match, whole: string | undefined, part: string) => {
      const fraction = VULGAR_FRACTIONS[part] ?? '';
      return whole === undefined ? ` ${fraction}` : `${whole} ${fraction}`;
    })
    // Thousands separators ("50,000 units") join the number.
    .replace(/\b(\d{1,3}),(\d{3})(?![\d,])/g, '$1$2');
  text = translateForeignSigWords(translateLatinSigWords(text));
  text = neutralizeDates(text);
  text = separatePunctuation(text);
  text = splitGluedTokens(text);
  text = correctSigTypos(text);
  text = placeFormAfterAmount(normalizeNumbers(text));
  return text.replace(/\s+/g, ' ').trim();
}
