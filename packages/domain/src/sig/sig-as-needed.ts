import { blank } from './sig-text-mask';

/** Whether a clause is PRN, its stated reason, and the text with both blanked out. */
export interface AsNeededReading {
  readonly asNeeded: boolean;
  readonly reason: string | null;
  readonly text: string;
}

const MARKER =
  /\b(?:prn|p\.r\.n|as needed|if needed|only if needed|when needed|when required|as required|if required|sos|if necessary|when necessary|as necessary|(?:when|if|whenever) (?:i|you|we|he|she|they) (?:need|needs|feel|feels) (?:it|them|one|to|like it)|whenever needed|at the first signs?(?: of)?|at (?:the )?onset of|after each episode(?: of)?|after each(?= loose (?:stool|motion|bowel movement))|depending on)\b/;

// A comma may set the reason off ("As Needed, pain").
const FILLER =
  /^(?:\s*,(?=\s*[a-z]))?(?:\s*(?:for|of|prn|as needed|po|orally|by mouth|oral|topically|to treat|with)\b)*/;

const STOP_WORDS = new Set([
  'for',
  'max',
  'maximum',
  'mdd',
  'do',
  'may',
  'then',
  'every',
  'daily',
  'times',
  'once',
  'twice',
  'take',
  'until',
  'up',
  'instr',
  'must',
  'not',
  'please',
  'at',
  'in',
  'with',
  'x',
  'q',
  'po',
  'orally',
  'by',
  'per',
  'dispense',
  'use',
  'repeat',
  'after',
  'before',
]);

/** Sig-code reasons (pharmacy shorthand) written as one letter. */
const CODED_REASONS: Readonly<Record<string, string>> = { p: 'pain' };

/** "nausea and vomiting" and "moderate to severe pain" go on; "and take …", "to be …" end. */
function isJoinEnd(token: string, next: string | undefined): boolean {
  if (token !== 'and' && token !== 'to' && token !== 'or') return false;
  if (next === undefined || next === '' || /[\d|,;.():=]/.test(next)) return true;
  return (
    STOP_WORDS.has(next) ||
    /^(?:be|a|an|the|use|apply|inhale|inject|instill|place|give)$/.test(next)
  );
}

function readReason(after: string): { reason: string | null; length: number } {
  const filler = FILLER.exec(after)?.[0] ?? '';
  const words: string[] = [];
  const tokens = after.slice(filler.length).split(' ');
  let consumed = filler.length;
  for (const [index, token] of tokens.entries()) {
    if (token !== '') {
      // A number, a separator ("-" between glued EHR fields) or a stop word ends the reason
      // and stays in the text for the extractors after this one ("… for nausea 10 days").
      if (/[\d|,;.():=]/.test(token) || token === '-' || STOP_WORDS.has(token)) break;
      if (isJoinEnd(token, tokens[index + 1])) break;
      words.push(token);
    }
    consumed += token.length + 1;
  }
  const joined = words.join(' ').trim();
  const reason = CODED_REASONS[joined] ?? (joined === '' ? null : joined);
  return { reason, length: reason === null ? filler.length : consumed };
}

/**
 * Reads explicit PRN wording (prn, as needed, when required, SOS, "at the first sign of",
 * "depending on") and the stated reason after it, lower-cased and verbatim. An indication
 * without PRN wording ("for nausea") is not PRN.
 */
export function extractAsNeeded(text: string): AsNeededReading {
  const marker = MARKER.exec(text);
  if (marker === null) return { asNeeded: false, reason: null, text };
  const start = marker.index;
  const markerEnd = start + marker[0].length;
  const { reason, length } = readReason(text.slice(markerEnd));
  const end = Math.min(text.length, markerEnd + length);
  const masked = text.slice(0, start) + blank(end - start) + text.slice(end);
  return { asNeeded: true, reason, text: masked.replace(MARKER, (found) => blank(found.length)) };
}
