import { canonicalTimeZone } from './canonical-time-zone';
import { LEGACY_TIME_ZONE_NAMES } from './legacy-time-zone-names';
import { placeNameKey } from './place-name';
import { resolvePlaceName } from './resolve-place-name';
import { TIME_ZONE_ABBREVIATIONS } from './time-zone-abbreviations';
import { TIME_ZONE_PHRASES } from './time-zone-phrases';
import type { TimeZoneResolution } from './time-zone-resolution';
import { suggestTimeZoneNames } from './time-zone-suggestions';
import { resolveUtcOffset } from './utc-offset-zone';
import { zoneNameLabel } from './zone-name-label';

/** Inputs longer than this are not a zone name; they are rejected without searching. */
const MAX_INPUT_LENGTH = 80;

/** Abbreviations that are also English words: recognised only when typed in capitals. */
const WORD_LIKE_ABBREVIATIONS = new Set(['ART', 'CAT', 'COT', 'EAT', 'PET', 'WAT', 'WEST']);

const ACCEPTED_FORMS =
  'Send a city or country ("Lisbon", "Japan"), a time zone name ("Europe/London"), ' +
  'or an offset from UTC ("UTC+05:30").';

/**
 * Works out which time zone a patient means from what they typed, offline. It tries, in order:
 *
 * 1. a UTC/GMT offset (`+05:30`, `UTC-3`, `GMT+5:45`, `UTC`): see `resolveUtcOffset`;
 * 2. an abbreviation (`EST`, `JST`, `CET`); IST, CST, BST and a few others are ambiguous;
 * 3. a city, country, or US/Canadian/Australian state or province (`Mumbai`, `Canada`,
 *    `Texas`), where places with different clocks are ambiguous;
 * 4. an IANA zone name in any letter case, with spaces for underscores (`america/new york`);
 *    old names are replaced by current ones (`Asia/Calcutta` → `Asia/Kolkata`), and the label
 *    reads as a place or a plain offset (see `zoneNameLabel`);
 * 5. a spoken name: "Eastern time", "Central European Time", "UK time", "India Standard Time".
 *
 * Anything else is `invalid`, with the closest names as suggestions. Only a `resolved` zone
 * may be stored. Never throws.
 */
export function resolveTimeZone(input: string): TimeZoneResolution {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > MAX_INPUT_LENGTH) {
    return {
      kind: 'invalid',
      message: `That is not a time zone. ${ACCEPTED_FORMS}`,
      suggestions: [],
    };
  }
  return (
    resolveUtcOffset(text) ??
    resolveAbbreviation(text) ??
    resolvePlaceName(text) ??
    resolveIanaName(text) ??
    resolveSpokenName(text) ?? {
      kind: 'invalid',
      message: `I don't know the time zone "${text}". ${ACCEPTED_FORMS}`,
      suggestions: suggestTimeZoneNames(text),
    }
  );
}

/** "Eastern time", "UK time", "India Standard Time": a zone, place or phrase plus "time". */
function resolveSpokenName(text: string): TimeZoneResolution | null {
  const name = text.replace(/\s+(?:(?:standard|daylight|summer)\s+)?time$/i, '');
  const abbreviation = TIME_ZONE_PHRASES[placeNameKey(name)];
  if (abbreviation !== undefined) {
    return abbreviation.includes('/')
      ? resolveIanaName(abbreviation)
      : resolveAbbreviation(abbreviation);
  }
  return name === text ? null : (resolveAbbreviation(name) ?? resolvePlaceName(name));
}

function resolveAbbreviation(text: string): TimeZoneResolution | null {
  const candidates = TIME_ZONE_ABBREVIATIONS[text.toUpperCase()];
  // "eat" or "west" typed in lower case is a word, not East Africa or Western European Time.
  if (
    candidates === undefined ||
    (WORD_LIKE_ABBREVIATIONS.has(text.toUpperCase()) && text !== text.toUpperCase())
  ) {
    return null;
  }
  const [only] = candidates;
  if (candidates.length === 1 && only !== undefined) {
    return { kind: 'resolved', timeZone: only.timeZone, label: only.label };
  }
  const message = `${text.toUpperCase()} is used for more than one time zone. Which one do you mean?`;
  return { kind: 'ambiguous', candidates, message };
}

function resolveIanaName(text: string): TimeZoneResolution | null {
  const id = canonicalTimeZone(text.replace(/ /g, '_'));
  if (id === null) {
    return null;
  }
  const current = LEGACY_TIME_ZONE_NAMES[id] ?? id;
  return { kind: 'resolved', timeZone: current, label: zoneNameLabel(current) };
}
