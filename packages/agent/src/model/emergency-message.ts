/** Which kind of emergency a message describes. */
export type EmergencyKind =
  | 'overdose'
  | 'chestPain'
  | 'breathing'
  | 'allergicReaction'
  | 'suicidalThoughts'
  | 'fainting'
  | 'seizure'
  | 'stroke';

const PATTERNS: readonly (readonly [EmergencyKind, RegExp])[] = [
  [
    'overdose',
    /\b(?:(?:took|taken|had|swallowed)\s+(?:\S+\s+){0,2}too\s+(?:many|much)|too\s+many\s+(?:pills|tablets|capsules|doses)|overdos\w*|double\s+dose|doubled\s+(?:up\s+)?(?:my|the)\s+dose)\b/i,
  ],
  // Someone else (a child, a pet) swallowed or got into medicines.
  [
    'overdose',
    /\b(?:child(?:ren)?|son|daughter|kids?|baby|toddler|grand(?:child|son|daughter)|boy|girl|dog|cat|puppy|pet)\b[^.!?]{0,30}?\b(?:(?:swallowed|ate|eaten|chewed|got\s+into)\b[^.!?]{0,40}?|(?:took|taken)\s+(?:some|all|a\s+(?:handful|lot|bunch)|my|our|the\s+whole)\b[^.!?]{0,40}?)\b(?:pills?|tablets?|capsules?|medicines?|medications?|meds|drugs?)\b/iu,
  ],
  // A dose taken by mistake: "I took 2 doses by mistake", "I accidentally took it twice".
  [
    'overdose',
    /\b(?:(?:took|taken|double\w*|twice|extra)\b[^.!?]*\b(?:by\s+mistake|accidental(?:ly)?)|(?:by\s+mistake|accidental(?:ly)?)\b[^.!?]*\b(?:took|taken|double\w*|twice|extra))\b/i,
  ],
  // Many at once: "took 20 paracetamol", "swallowed 8 tablets"; not "took 5 mg" or "took 10 days".
  [
    'overdose',
    /\b(?:took|taken|swallowed)\s+(?:[5-9]|[1-9]\d+|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\s+(?!(?:mg|mcg|µg|micrograms?|milligrams?|grams?|g|ml|millilit\w*|units?|iu|days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|am|pm|o(?:'|’)?clock|times?|percent)\b)\p{L}/iu,
  ],
  [
    'chestPain',
    /\b(?:chest\s+(?:pain|hurts?|is\s+tight|tightness)|pain\s+in\s+(?:my\s+)?chest)\b/i,
  ],
  [
    'breathing',
    /\b(?:can(?:no|'|’)?t\s+breathe?|can\s+not\s+breathe|(?:trouble|difficulty|struggling)\s+(?:to\s+)?breath\w*|hard\s+to\s+breathe|not\s+breathing|short\s+of\s+breath)\b/i,
  ],
  [
    'allergicReaction',
    /\b(?:anaphyla\w*|severe\s+allerg\w*|swell\w*\s+(?:of|in)\s+(?:my\s+|the\s+|her\s+|his\s+)?(?:face|lips?|tongue|throat)|(?:face|lips?|tongue|throat)\s+(?:is\s+|are\s+)?swell\w*)/i,
  ],
  [
    'suicidalThoughts',
    /\b(?:suicid\w*|kill\s+myself|end\s+(?:my\s+life|it\s+all)|want\s+to\s+die|self[-\s]?harm|hurt\s+myself)\b/i,
  ],
  [
    'fainting',
    /\b(?:faint\w*|passed\s+out|unconscious|collapsed|won(?:'|’)?t\s+wake|not\s+waking)\b/i,
  ],
  ['seizure', /\b(?:seizures?|convuls\w*|having\s+a\s+fit)\b/i],
  [
    'stroke',
    /\b(?:stroke|face\s+(?:is\s+)?droop\w*|slurred\s+speech|weak(?:ness)?\s+(?:on|in)\s+one\s+side|can(?:no|'|’)?t\s+move\s+(?:my\s+)?(?:arm|leg))\b/i,
  ],
];

/**
 * Text right before a match that turns it into a warning rather than an event: a label's
 * "do not take a double dose" or "if you get swelling of the face".
 */
const WARNING_LEAD =
  /(?:\b(?:do\s+not|don(?:'|’)?t|never|avoid)\s+(?:\S+\s+){0,3}|\bif\s+you\b[^.!?]*)$/i;

function isWarning(text: string, index: number): boolean {
  return WARNING_LEAD.test(text.slice(0, index));
}

/**
 * The emergency a message describes, or null. Matches plain phrasings of an overdose, chest
 * pain, trouble breathing, a severe allergic reaction, suicidal thoughts, fainting, a seizure
 * and stroke signs; a phrase after "do not …" or "if you …" (a label's warning) does not count.
 *
 * TODO: phrase matching misses unusual wordings and other languages, and may fire on a pasted
 * leaflet. Meanwhile the online model's system prompt carries the same rule, and a false alarm
 * only adds advice to call for help; missing one is the costlier error.
 */
export function detectEmergency(text: string): EmergencyKind | null {
  for (const [kind, pattern] of PATTERNS) {
    const match = pattern.exec(text);
    if (match !== null && !isWarning(text, match.index)) {
      return kind;
    }
  }
  return null;
}

/** The emergency numbers the replies give as examples. */
const NUMBERS = 'for example 112, 999 or 911';

/**
 * The reply to an emergency: short, calm and plain. It tells the patient to call the local
 * emergency number now (or a poison centre for an overdose) and not to wait for the bot.
 */
export function emergencyReply(kind: EmergencyKind): string {
  switch (kind) {
    case 'overdose':
      return `This could be serious. Please call your local emergency number now (${NUMBERS}) or a poison centre. Keep the medicine box with you. Do not wait for me.`;
    case 'suicidalThoughts':
      return `I am sorry you are feeling this way. You are not alone. Please call your local emergency number now (${NUMBERS}) or a crisis line, or ask someone near you for help. Do not wait for me.`;
    default:
      return `This could be an emergency. Please call your local emergency number now (${NUMBERS}). Do not wait for me.`;
  }
}
