import { maskNoise } from './sig-text-mask';

/** Dispensed quantities, refills and cycle lengths: numbers that are never a duration. */
const NOISE: readonly RegExp[] = [
  /\bmust last\s*\d+\s*\w+/g,
  /\b(?:dispense|disp|qty|quantity)\s*:?\s*#?\s*\d+\s*\w*/g,
  /\bmitte\s*:?\s*\S+/g,
  /\b\d+\s*rf\s*\d+/g,
  /\b(?:refills?|rf)\s*:?\s*\d+/g,
  /\b(?:of\s+)?(?:a\s+)?\d+\s*-?\s*days?\s+cycles?\b/g,
  /\b\d+(?:\.\d+)?\s*%\s*(?:ns|nacl|normal saline|saline|d5w|dextrose)\b/g,
  // Contact and wait times ("leave on for 8 hours", "wait 5 minutes") are no course or dose.
  /\b(?:leave|left|keep|kept)\s+(?:(?!every\b|each\b|q\b|per\b)[a-z]+\s+){0,3}?(?:for\s*)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b/g,
  // Wear times ("remove after 12 hours", "wear for 16 hours", "take off after 8 h").
  /\b(?:remove[ds]?|take (?:it |them )?off|wash (?:it |them )?off|rinse (?:it |them )?off|peel (?:it |them )?off|wear|worn|in place|on the skin)\s+(?:(?!every\b|each\b|q\b|per\b)[a-z]+\s+){0,3}?(?:after|for)\s*\d+(?:\.\d+)?\s*(?:-\s*\d+\s*)?(?:hours?|hrs?|h)\b/g,
  /(?<=\bpatch(?:es)?\b.*)\bfor\s*(?:up to\s*)?\d+\s*(?:hours?|hrs?|h)\b(?:\s+on\b)?|\b\d+\s*(?:hours?|hrs?|h)\s+on\s*,?\s*(?:and\s+)?\d+\s*(?:hours?|hrs?|h)\s+off\b/g,
  /\bwait(?:ing)?\s+(?:at least\s+|about\s+)?\d+(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?)\b/g,
  /(?<!\b(?:every|q|each)\s*)\b\d+(?:\.\d+)?(?:\s*-\s*\d+)?\s*(?:minutes?|mins?|seconds?|secs?)\b(?!\s*(?:before|after|prior))/g,
  /\brepeat(?:ed)?\s+(?:after|in)\s+\d+(?:\.\d+)?\s*(?:days?|weeks?|months?)\b/g,
  // A diluent volume ("20 mEq in 1 L") is no dose.
  /\bin\s*\d+(?:\.\d+)?\s*(?:l|litres?|liters?|ml)\b(?!\s*(?:of\s+)?water)/g,
  // Offsets from an event ("1 hour before procedure", "30 minutes before meals") are no course.
  /(?<![\d.])\b\d+(?:\.\d+)?(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(?:min\w*|hours?|hrs?)\s+(?=before|after|prior)/g,
];

/** Blanks out dispensed quantities, refills and cycle lengths. */
export function maskSupplyNoise(text: string): string {
  return NOISE.reduce((current, pattern) => maskNoise(current, pattern), text);
}
