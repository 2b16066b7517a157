import { emptySigReading } from './empty-sig-step';
import type { SigClause } from './sig-clause';
import { maskSigClause, parseSigClause } from './sig-clause';
import { findDoseAmounts } from './sig-dose';
import { maskCounselling } from './sig-counselling';
import { maskSupplyNoise } from './sig-supply-noise';
import { readInfusion } from './sig-infusion';
import { readTaperRate } from './sig-taper-rate';
import { extractMaxPerDay } from './sig-max-per-day';
import type { SigProduct } from './sig-medication';
import { extractProduct } from './sig-medication';
import { splitConcurrentParts, splitRestatement, splitSequentialPhases } from './sig-phase-split';
import type { SigReading } from './sig-reading';
import { extractRoute } from './sig-route';
import { flagImplausibleAmounts } from './sig-implausible-amount';
import { isNonInstruction } from './sig-instruction-gate';
import type { SigReadingParts } from './sig-reading-assembly';
import { assembleSigReading } from './sig-reading-assembly';
import type { SigPhaseDraft } from './sig-step-assembly';
import { normalizeSigText } from './sig-text-normalizer';

const FREQUENCY_AHEAD =
  /^[^,;|]*?\b(?:bid|bd|tid|tds|qid|qds|qd|q ?\d+ ?h\w*|q ?hs|qhs|hs|daily|once|twice|times|every|nightly|weekly|prn)\b/;

/**
 * In an eye sig OD is the right eye when a frequency follows it ("1 gtt OD bid") or when no other
 * eye site is named ("instill 1 drop OD"); it reads as once daily only after another site with
 * no frequency of its own ("1 drop OS OD").
 */
function readEyeOd(text: string): string {
  const eyeContext = /\b(?:drops?|gtts?|eyes?|ophthalmic|instill)\b/.test(text);
  if (!eyeContext) return text;
  const otherSite = /\b(?:os|ou|eyes?)\b/.test(text);
  return text.replace(/\bod\b/g, (found, offset: number) => {
    const siteFollowedByFrequency = FREQUENCY_AHEAD.test(text.slice(offset + found.length));
    return siteFollowedByFrequency || !otherSite ? 'right eye' : found;
  });
}

/** "1 tab po daily x10 days instr: 3 tabs … then …": the free text after "instr" wins. */
function splitStructuredHeader(text: string): { body: string; header: string | null } {
  const index = text.indexOf(' instr ');
  if (index < 0) return { body: text, header: null };
  const after = text.slice(index + 7).replace(/^\s*:/, '');
  if (findDoseAmounts(maskSigClause(after)).length === 0)
    return { body: text.slice(0, index), header: null };
  return { body: after, header: text.slice(0, index) };
}

function readPhases(body: string, product: SigProduct): SigPhaseDraft[] {
  const context = { form: product.form };
  return splitSequentialPhases(body).map((phase, index) => ({
    explicit: phase.explicit,
    clauses: splitConcurrentParts(phase.text, index === 0 && product.strengthIsDoseCandidate).map(
      (part) => parseSigClause(part, context),
    ),
  }));
}

/** Everything in the sig after the product: phases, maxima, rates and the signals around them. */
function readBody(
  normalized: string,
  product: SigProduct,
): Omit<SigReadingParts, 'product' | 'route'> {
  const taper = readTaperRate(maskSupplyNoise(product.text));
  const infusion = readInfusion(taper.text);
  const max = extractMaxPerDay(infusion.text);
  const { body, header } = splitStructuredHeader(max.text);
  const { primary, restatement } = splitRestatement(body);
  const context = { form: product.form };
  const parse = (text: string | null): SigClause | null =>
    text === null ? null : parseSigClause(text, context);
  return {
    phases: readPhases(primary, product),
    restatement: parse(restatement),
    header: parse(header),
    maxPerDay: max.max,
    continuousInfusion: infusion.continuous,
    implausible: infusion.implausible,
    taperRate: taper.rate,
    text: normalized,
  };
}

/**
 * Parses a free-text prescription instruction (sig) into a structured reading that mirrors FHIR
 * R4 `Dosage`: dose, strength, route, frequency, events, clock times, days, PRN, daily maximum,
 * duration, count, and sequential or concurrent steps. Pure and total: any string gives a
 * reading, and a text with nothing usable gives an all-null reading flagged `ambiguous`.
 * Unclear text is flagged `ambiguous` rather than guessed. Never throws.
 */
export function parseSig(text: string): SigReading {
  try {
    return readSig(typeof text === 'string' ? text : '');
  } catch {
    // Recover: a fault in a rule must never stop intake. The all-null reading is flagged
    // ambiguous, so the bot asks the patient instead of scheduling anything from it.
    return emptySigReading();
  }
}

function readSig(text: string): SigReading {
  // A question or a chat sentence with no dosing wording is no instruction: scheduling from its
  // "am" or "in" would invent a reminder, so it reads as nothing (flagged ambiguous).
  const normalized = readEyeOd(normalizeSigText(text));
  if (isNonInstruction(text, normalized)) return emptySigReading();
  if (!/[a-z\d]/.test(normalized)) return emptySigReading();
  const directions = maskCounselling(normalized);
  const product = extractProduct(directions);
  const route = extractRoute(directions);
  return flagImplausibleAmounts(
    text,
    assembleSigReading({ product, route, ...readBody(normalized, product) }),
  );
}
