import type { Quantity } from './sig-reading';
import { scanStrength } from './sig-product-strength';
import { FORM_WORDS, SIG_WORDS } from './sig-product-words';
import { normalizeUnit } from './sig-units';

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

// TODO: with no drug dictionary, any opening word of five letters or more before a frequency
// word is taken as a name ("gently twice daily" → "gently"). Meanwhile the name is only shown
// beside the verbatim text for the patient to confirm; no dose or time depends on it.
/** Frequency words that may follow a bare drug name ("lisinopril once a day", "zolpidem nocte"). */
const TIMING_AFTER_NAME =
  /^(?:once|twice|daily|nightly|weekly|every|each|mane|nocte|qd|od|bd|bid|tid|tds|qid|qds|qhs|qam|qpm|qod)$/;

/** A chat-typed name with no amount: one or two words opening the text, a frequency right after. */
function namesBeforeTiming(tokens: readonly string[], start: number, end: number): boolean {
  return (
    start === 0 &&
    end - start <= 2 &&
    (tokens[0] ?? '').length >= 5 &&
    TIMING_AFTER_NAME.test(tokens[end] ?? '')
  );
}

function scanName(tokens: readonly string[], from: number): HeaderScan | null {
  const start = skipPrefix(tokens, from);
  let end = start;
  while (
    end < tokens.length &&
    end - start < 5 &&
    isNameToken(tokens[end] ?? '') &&
    !TIMING_AFTER_NAME.test(tokens[end] ?? '')
  )
    end += 1;
  // A lone letter ("q 6 pm") starts no drug name.
  if (end === start || (tokens[start] ?? '').length < 2) return null;
  const next = tokens[end];
  const follows =
    next === undefined
      ? false
      : /^\d/.test(next) ||
        [',', '-', ':', '('].includes(next) ||
        next in FORM_WORDS ||
        namesBeforeTiming(tokens, start, end);
  return follows ? { start, nameEnd: end, tokens } : null;
}

const CHAT_SUBJECT = /^(?:i|we|you|he|she|they|also|usually|normally|just|only|now|then)$/;

/** "Take Lipitor 20mg once daily": a name between the verb and an amount. */
function scanNameAfterVerb(tokens: readonly string[]): HeaderScan | null {
  // A patient writes "i take …", "i usually use …": the subject and an adverb come first.
  let verb = 0;
  while (verb < 3 && CHAT_SUBJECT.test(tokens[verb] ?? '')) verb += 1;
  if (!/^(?:take|give|use|inject|apply|inhale|instill)$/.test(tokens[verb] ?? '')) return null;
  const scan = scanName(tokens, verb + 1);
  if (scan === null) return null;
  // "Take Lipitor 20mg", "Take Tylenol 2 tabs": an amount with a unit follows the name.
  const unit = normalizeUnit(tokens[scan.nameEnd + 1] ?? '');
  return /^\d/.test(tokens[scan.nameEnd] ?? '') && unit !== null ? scan : null;
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
