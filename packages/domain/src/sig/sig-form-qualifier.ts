import { SIG_WORDS } from './sig-product-words';
import { normalizeUnit } from './sig-units';

/** Words that describe a dose form without naming a drug ("1 vaginal tablet", "an extra tab"). */
const QUALIFIERS = new Set(
  (
    'vaginal rectal oral buccal sublingual chewable dispersible effervescent soluble soft hard ' +
    'coated film-coated enteric-coated enteric film sugar-coated gastro-resistant uncoated ' +
    'extended-release modified-release slow-release sustained-release delayed-release ' +
    'controlled-release prolonged-release immediate-release release extended modified slow ' +
    'sustained delayed controlled prolonged er xr xl sr cr dr mr la ir odt orally disintegrating ' +
    'extra additional further more whole small large big little new fresh single ' +
    'white blue pink yellow orange red green brown purple'
  ).split(' '),
);

const FORMS =
  'tablets?|tabs?|capsules?|caps?|pills?|suppositor(?:y|ies)|pessar(?:y|ies)|patch(?:es)?|puffs?|drops?|sprays?|sachets?|lozenges?|applicatorfuls?|inhalations?|vials?|ampoules?|pens?|enemas?';

const LEAD =
  '(^|\\b(?:take|tk|insert|use|apply|place|give|chew|dissolve|swallow|inhale|administer|have|instill|inject|and|plus|then|also)\\s+|[,;.:-]\\s+)';

const QUALIFIED_AMOUNT = new RegExp(
  `${LEAD}(\\d+(?:\\.\\d+)?|an?|another)\\s+((?:[a-z][a-z-]*\\s+){0,3}?)(${FORMS})\\b`,
  'g',
);

function isDrugWord(word: string): boolean {
  return !QUALIFIERS.has(word) && !SIG_WORDS.has(word) && normalizeUnit(word) === null;
}

/**
 * Puts the form word straight after its amount when words stand between them, so the amount
 * keeps its unit: "insert 1 vaginal tablet" → "insert 1 tablet vaginal", "an extra tablet" →
 * "1 tablet extra", "2 paracetamol tablets" → "2 tablets of paracetamol" (an unknown word there
 * is read as the drug's name). Instruction words ("1 or 2 tablets", "1 of the tablets") are
 * left alone. Input is normalised, lower-case text.
 */
export function placeFormAfterAmount(text: string): string {
  return text.replace(
    QUALIFIED_AMOUNT,
    (match: string, lead: string, amount: string, middle: string, form: string) => {
      const words = middle.split(' ').filter((word) => word !== '');
      const blocked = (word: string): boolean =>
        SIG_WORDS.has(word) || word === 'or' || /\d/.test(word) || normalizeUnit(word) !== null;
      if (words.some(blocked)) return match;
      const count = /^\d/.test(amount) ? amount : '1';
      const named = words.filter(isDrugWord);
      const described = words.filter((word) => !isDrugWord(word));
      const name = named.length > 0 ? ` of ${named.join(' ')}` : '';
      const rest = described.length > 0 ? ` ${described.join(' ')}` : '';
      return `${lead}${count} ${form}${name}${rest}`;
    },
  );
}
