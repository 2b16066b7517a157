import type { Quantity } from './sig-reading';
import { normalizeUnit, STRENGTH_UNITS } from './sig-units';

/** The product part of a sig: the drug name, its strength and its dose form. */
export interface SigProduct {
  readonly medication: string | null;
  /** Strength stated with the name ("Metformin 500mg", "10mg/2ml" → 5 mg/mL). */
  readonly strength: Quantity | null;
  /** True when the strength is a mass straight after the name: it may double as the dose. */
  readonly strengthIsDoseCandidate: boolean;
  /** True when, used as the dose, the amount is no strength (an mEq amount). */
  readonly strengthIsDoseOnly: boolean;
  /** The dose form named with the product ("tablets", "ampoules"), as a dose unit. */
  readonly form: string | null;
  /** The text with the name, strength and form blanked out. */
  readonly text: string;
}

/** Words of the instructions themselves: a "name" holding one of them is no drug name. */
const SIG_WORDS = new Set(
  (
    'take tk use apply inject instill place give insert spray swish swallow shake discard follow ' +
    'have inhale chew dissolve rinse mix put administer infuse sig po by mouth oral orally daily ' +
    'once twice thrice every each day days week weeks month times time dose doses as needed prn ' +
    'directed qd od bid bd tid tds qid qds qw qhs hs qod morning evening night bedtime nocte mane ' +
    'before after with food meals meal breakfast lunch dinner then and for to in on at of the a ' +
    'up taper rapid initially until stat q x per tablet tablets iv im sc subq eye eyes ear ears ' +
    'start starting increase decrease reduce continue stop then repeat nebulize nebulise ' +
    'gargle wash soak massage rub cleanse dab dilute sprinkle suck drink squirt irrigate instil'
  ).split(' '),
);

const FORM_WORDS: Readonly<Record<string, string | null>> = {
  tab: 'tablet',
  tabs: 'tablet',
  tablet: 'tablet',
  tablets: 'tablet',
  cap: 'capsule',
  caps: 'capsule',
  capsule: 'capsule',
  capsules: 'capsule',
  ampoule: 'ampoule',
  ampoules: 'ampoule',
  vial: 'vial',
  vials: 'vial',
  suppository: 'suppository',
  suppositories: 'suppository',
  patch: 'patch',
  implant: 'implant',
  implants: 'implant',
  patches: 'patch',
  syrup: null,
  syp: null,
  suspension: null,
  solution: null,
  injection: null,
  inj: null,
  cream: null,
  ointment: null,
  oint: null,
  ung: null,
  gel: null,
  lotion: null,
  liquid: null,
  medicated: null,
  plaster: 'plaster',
  plasters: 'plaster',
  transdermal: null,
  drops: null,
  inhaler: null,
  for: null,
};

const NAME_TOKEN = /^[a-z][a-z0-9/-]*$/;

function isNameToken(token: string): boolean {
  if (!NAME_TOKEN.test(token) || token in FORM_WORDS || token === 'nth') return false;
  return !token.split(/[-/]/).some((part) => part.length > 1 && SIG_WORDS.has(part));
}

interface HeaderScan {
  readonly start: number;
  readonly nameEnd: number;
  readonly tokens: readonly string[];
  /** Where a "Name … -" header ends (the separator), when that form was read. */
  readonly headerEnd?: number;
}

function skipPrefix(tokens: readonly string[], from: number): number {
  let index = from;
  while (index < tokens.length && (tokens[index] === '.' || (tokens[index] ?? '') in FORM_WORDS)) {
    index += 1;
  }
  return index;
}

function scanName(tokens: readonly string[], from: number): HeaderScan | null {
  const start = skipPrefix(tokens, from);
  let end = start;
  while (end < tokens.length && end - start < 5 && isNameToken(tokens[end] ?? '')) end += 1;
  // A lone letter ("q 6 pm") starts no drug name.
  if (end === start || (tokens[start] ?? '').length < 2) return null;
  const next = tokens[end];
  const follows =
    next === undefined
      ? false
      : /^\d/.test(next) || [',', '-', ':', '('].includes(next) || next in FORM_WORDS;
  return follows ? { start, nameEnd: end, tokens } : null;
}

/** "Take Lipitor 20mg once daily": a name between the verb and a strength. */
function scanNameAfterVerb(tokens: readonly string[]): HeaderScan | null {
  if (!/^(?:take|give|use|inject|apply|inhale|instill)$/.test(tokens[0] ?? '')) return null;
  const scan = scanName(tokens, 1);
  if (scan === null) return null;
  const unit = normalizeUnit(tokens[scan.nameEnd + 1] ?? '');
  const hasStrength =
    /^\d/.test(tokens[scan.nameEnd] ?? '') && unit !== null && STRENGTH_UNITS.has(unit.unit);
  return hasStrength ? scan : null;
}

function scanBeforeSeparator(tokens: readonly string[]): HeaderScan | null {
  const separator = tokens.findIndex(
    (token, index) => index > 0 && index < 12 && (token === '-' || token === ':'),
  );
  if (separator < 0) return null;
  const start = skipPrefix(tokens, 0);
  let end = start;
  while (end < separator && isNameToken(tokens[end] ?? '')) end += 1;
  const before = tokens.slice(start, separator);
  if (
    end === start ||
    before.some((token) => SIG_WORDS.has(token) && token !== 'for' && token !== 'dose')
  ) {
    return null;
  }
  return { start, nameEnd: end, tokens, headerEnd: separator };
}

interface StrengthScan {
  readonly strength: Quantity | null;
  /** The amount may double as the dose when no other amount is given. */
  readonly isDoseCandidate: boolean;
  /** Used as the dose, the amount is no strength any more (mEq). */
  readonly isDoseOnly: boolean;
  readonly length: number;
  /** A unitless number that belongs to a brand name ("MOXCLAV 625", "Dolo 650"). */
  readonly brandNumber?: string;
}

const NO_STRENGTH: StrengthScan = {
  strength: null,
  isDoseCandidate: false,
  isDoseOnly: false,
  length: 0,
};

/** "10 mg/2 ml", "250 mg/5 mL", "100 units/mL", "50 mcg/actuation", "80 mg/400 mg". */
function scanConcentration(
  amount: number,
  unit: string,
  words: readonly (string | undefined)[],
): StrengthScan {
  const [denominator = '', next, after] = words;
  const spelledVolume =
    denominator === '' ? [next, after] : /^\d/.test(denominator) ? [denominator, next] : null;
  if (spelledVolume !== null) {
    const [volumeText, volumeUnit] = spelledVolume;
    const length = denominator === '' ? 4 : 3;
    const volume = Number(volumeText);
    if (/^ml/.test(volumeUnit ?? '') && volume > 0) {
      return { ...NO_STRENGTH, strength: { value: amount / volume, unit: `${unit}/mL` }, length };
    }
    if (/^(?:h|hrs?|hours?)$/.test(volumeUnit ?? '') && volume > 0) {
      // A delivery rate ("21 mg/24 hr") is kept as written.
      return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/${volume}h` }, length };
    }
    // Two ingredients ("80 mg/400 mg") state no single strength.
    return { ...NO_STRENGTH, length };
  }
  const perUnit = normalizeUnit(denominator);
  if (perUnit?.unit === 'mL')
    return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/mL` }, length: 2 };
  if (perUnit !== null && STRENGTH_UNITS.has(perUnit.unit)) return { ...NO_STRENGTH, length: 2 };
  const secondMass = words.slice(1, 4).findIndex((word) => /^(?:mg|mcg|g)$/.test(word ?? ''));
  if (secondMass >= 0) return { ...NO_STRENGTH, length: secondMass + 3 };
  const per = /^(?:h|hr|hrs|hours?)$/.test(denominator) ? 'h' : denominator;
  return { ...NO_STRENGTH, strength: { value: amount, unit: `${unit}/${per}` }, length: 2 };
}

/** "PAN 40 TABLET 1-0-0", "Dolo 650 SOS": a unitless number that is part of the name. */
function isBrandNumber(
  value: string,
  next: string,
  unit: string | null,
  after: string | undefined,
): boolean {
  if (!/^\d+$/.test(value)) return false;
  // "MICROGYNON 30 TABLET 1-0-0", "Microgynon 30 tablets, one tablet …".
  if (unit === 'tablet' || unit === 'capsule') return /^(?:\d|,|-|:)/.test(after ?? '');
  if (unit !== null || /^(?:-|x|to|or)$/.test(next)) return false;
  return next === '' || /^\d/.test(next) || next in FORM_WORDS || !SIG_WORDS.has(next);
}

function scanStrength(tokens: readonly string[], at: number): StrengthScan {
  const [value, unitWord = '', ...rest] = tokens.slice(at, at + 5);
  if (value === undefined || !/^\d/.test(value)) return NO_STRENGTH;
  const [base = '', denominator] = unitWord.split(/\/(.*)/);
  const unit = normalizeUnit(base);
  // A unitless number after the name is part of a brand name ("MOXCLAV 625", "Dolo 650"),
  // unless a slot pattern or a range starts with it.
  if (isBrandNumber(value, unitWord, unit?.unit ?? null, rest[0])) {
    return { ...NO_STRENGTH, length: 1, brandNumber: value };
  }
  if (unit === null) return NO_STRENGTH;
  // "875-125 mg": two ingredients.
  if (!/^\d+(?:\.\d+)?$/.test(value)) return { ...NO_STRENGTH, length: 2 };
  if (denominator !== undefined)
    return scanConcentration(Number(value), unit.unit, [denominator, ...rest]);
  if (unit.unit === 'meq') {
    return {
      strength: { value: Number(value), unit: 'meq' },
      isDoseCandidate: true,
      isDoseOnly: true,
      length: 2,
    };
  }
  if (!STRENGTH_UNITS.has(unit.unit)) {
    // A volume with the name is the pack size ("Syrup Crocin 100ml 5ml"); other amounts are doses.
    const isPack =
      unit.unit === 'mL' &&
      /^\d+(?:\.\d+)?$/.test(rest[0] ?? '') &&
      normalizeUnit(rest[1] ?? '') !== null;
    return { ...NO_STRENGTH, length: isPack ? 2 : 0 };
  }
  const strength = { value: Number(value), unit: unit.unit };
  return { strength, isDoseCandidate: unit.unit !== '%', isDoseOnly: false, length: 2 };
}

function scanForm(tokens: readonly string[], at: number): { form: string | null; length: number } {
  let index = at;
  let form: string | null = null;
  while (index < tokens.length && (tokens[index] ?? '') in FORM_WORDS) {
    form = FORM_WORDS[tokens[index] ?? ''] ?? form;
    index += 1;
  }
  if (tokens[index] === '(') {
    const close = tokens.indexOf(')', index);
    if (close > 0 && close - index < 8) index = close + 1;
  }
  return { form, length: index - at };
}

/** A pack size after the form ("Daivobet Ung 30 g - apply") ends the product header. */
function packSizeLength(tokens: readonly string[], at: number): number {
  const [value, unit, next] = tokens.slice(at, at + 3);
  const isPack = /^\d/.test(value ?? '') && /^(?:g|gm|grams?|ml|mls|l)$/.test(unit ?? '');
  return isPack && (next === '-' || next === ':' || next === ',') ? 2 : 0;
}

/** A form word before the name ("Tab. Pan D", "Cap Amoxicillin"). */
function prefixForm(tokens: readonly string[], start: number): string | null {
  for (let index = start - 1; index >= 0; index -= 1) {
    const token = tokens[index] ?? '';
    if (token === '.') continue;
    if (!(token in FORM_WORDS)) return null;
    const form = FORM_WORDS[token];
    if (form !== null && form !== undefined) return form;
  }
  return null;
}

function productOf(scan: HeaderScan): SigProduct {
  const { tokens, start, nameEnd } = scan;
  const name = tokens.slice(start, nameEnd).join(' ');
  const leadForm = scanForm(tokens, nameEnd);
  const strength = scanStrength(tokens, nameEnd + leadForm.length);
  const trailForm = scanForm(tokens, nameEnd + leadForm.length + strength.length);
  const form = {
    form: trailForm.form ?? leadForm.form ?? prefixForm(tokens, start),
    length: leadForm.length + trailForm.length,
  };
  const formEnd = nameEnd + strength.length + form.length;
  const pack = form.length > 0 ? packSizeLength(tokens, formEnd) : 0;
  const end = Math.max(formEnd + pack, scan.headerEnd ?? 0);
  const text = [...tokens.slice(0, start), '|', ...tokens.slice(end)].join(' ');
  return {
    medication: strength.brandNumber === undefined ? name : `${name} ${strength.brandNumber}`,
    strength: strength.strength,
    strengthIsDoseCandidate: strength.isDoseCandidate,
    strengthIsDoseOnly: strength.isDoseOnly,
    form: form.form,
    text,
  };
}

function productAfterOf(text: string): SigProduct | null {
  const match =
    /\b(?:tablets?|capsules?|tabs?|caps?|puffs?|drops?|ml|mg) of ((?:[a-z][a-z0-9/-]*)(?: [a-z][a-z0-9/-]*)?)/.exec(
      text,
    );
  if (match === null) return null;
  const words = (match[1] ?? '').split(' ').filter(isNameToken);
  if (words.length === 0) return null;
  const tokens = text.split(' ');
  const prefix = text
    .slice(0, match.index + match[0].length - (match[1] ?? '').length)
    .trim()
    .split(' ');
  return productOf({ start: prefix.length, nameEnd: prefix.length + words.length, tokens });
}

// TODO: with a brand and a generic side by side ("Lipitor (atorvastatin)") the first name is
// kept, because telling brands from generics needs a drug dictionary we do not have. Meanwhile
// the name is only shown to the patient beside the verbatim text, so no dose depends on it.
/**
 * Reads the product at the head of a normalised sig ("Metformin 500mg …", "Tab. Pan D 40mg …",
 * "Viaderm KC Cream - Apply …", "… 2 tablets of ibuprofen …"). A name is never made of
 * instruction words, so "Use as directed" or "Spray once daily" give no medication. An amount
 * set off by a comma after the name is left in the text as a dose.
 */
export function extractProduct(text: string): SigProduct {
  const tokens = text.split(' ');
  const colon = tokens.indexOf(':');
  const scan =
    scanName(tokens, 0) ??
    scanNameAfterVerb(tokens) ??
    (colon > 0 && colon < 4 ? scanName(tokens, colon + 1) : null) ??
    scanBeforeSeparator(tokens);
  if (scan !== null) return productOf(scan);
  return (
    productAfterOf(text) ?? {
      medication: null,
      strength: null,
      strengthIsDoseCandidate: false,
      strengthIsDoseOnly: false,
      form: null,
      text,
    }
  );
}
