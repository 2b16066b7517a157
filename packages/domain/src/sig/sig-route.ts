import type { Route } from './sig-reading';

// TODO: the abbreviations IN (intranasal), AD and AS (right and left ear) are not read: after
// lower-casing they collide with "in" and "as". Meanwhile such a sig gets route null, which only
// leaves the route unstated; it never changes a dose or a reminder.
/** Explicit route words, strongest first: a site beats a verb, a verb beats a dose form. */
const EXPLICIT_ROUTES: readonly (readonly [RegExp, Route])[] = [
  [/\b(?:inhaled?|inhales|inhalations?|inhaler|nebuli[sz]\w*|via neb\w*)\b/, 'inhaled'],
  [/\b(?:eyes?|eyelids?|ophthalmic|ou|os|conjunctival sac)\b/, 'ophthalmic'],
  [/\b(?<!behind (?:the |each |your )?)(?:ears?|otic|ear canal|au)\b/, 'otic'],
  [/\b(?:nostrils?|nasal(?:ly)?|intranasal(?:ly)?|nose|nares|nare)\b/, 'nasal'],
  [/\b(?:sublingual(?:ly)?|under the tongue|sl)\b/, 'sublingual'],
  [/\b(?:vaginal(?:ly)?|vagina|intravaginal(?:ly)?|per vagina|pv|pessar(?:y|ies))\b/, 'vaginal'],
  [/\b(?:rectal(?:ly)?|per rectum|pr|suppositor(?:y|ies)|supps?|enemas?)\b/, 'rectal'],
  [/\b(?:subq|sub-q|subcut\w*|sc|sq|subcutaneous(?:ly)?|under the skin)\b/, 'subcutaneous'],
  [/\b(?:im|intramuscular(?:ly)?|into the muscle)\b/, 'intramuscular'],
  [/\b(?:iv|ivpb|intravenous(?:ly)?|infuse[sd]?|infusion)\b/, 'intravenous'],
  [/\b(?:transdermal(?:ly)?|td)\b/, 'transdermal'],
  // A patch is transdermal even when applied "to the skin"; only the word "topical" keeps the
  // text's own route ("apply 1 patch topically q72h").
  [/^(?!.*\btopical(?:ly)?\b).*\bpatch(?:es)?\b/, 'transdermal'],
  // Puffs "by mouth" are inhaled, as "inhale … by mouth" is.
  [/\bpuffs?\b.*\b(?:by|per) mouth\b|\b(?:by|per) mouth\b.*\bpuffs?\b/, 'inhaled'],
  // Oromucosal use has no route of its own in the corpus, so it counts as oral.
  [/\b(?:apply|paint)\b.*\b(?:in|to|inside) (?:the )?(?:mouth|gums?)\b|\bgum paint\b/, 'oral'],
  [
    /\b(?:topical(?:ly)?|apply|applied|to (?:the )?(?:affected )?(?:areas?|skin)|cream|ointment|lotion)\b/,
    'topical',
  ],
  [/\b(?:po|by mouth|per mouth|orally|oral|swallow\w*|swish\w*|chew\w*|gargle)\b/, 'oral'],
];

/** Dose forms and units that imply one route. */
const IMPLIED_ROUTES: readonly (readonly [RegExp, Route])[] = [
  [/\bpuffs?\b/, 'inhaled'],
  [/\bpatch(?:es)?\b/, 'transdermal'],
  [/\bapplications?\b/, 'topical'],
  [
    /\b(?:tablets?|tabs?|capsules?|caps?|pills?|syrups?|syp|spoonfuls?|(?:tea|table)spoon(?:ful)?s?|tsps?|tbsps?|lozenges?|elixirs?)\b|\d\s*[tc]\b|^t \./,
    'oral',
  ],
];

/**
 * Reads the route from explicit route words, then from a dose form that implies one (tablet →
 * oral, puff → inhaled, patch → transdermal). "take" alone implies no route. Returns null when
 * the text names none.
 */
export function extractRoute(text: string): Route | null {
  for (const [pattern, route] of [...EXPLICIT_ROUTES, ...IMPLIED_ROUTES]) {
    if (pattern.test(text)) return route;
  }
  return null;
}
