import { editDistance } from './edit-distance';
import { LEGACY_TIME_ZONE_NAMES } from './legacy-time-zone-names';
import { placeNameKey } from './place-name';
import { TIME_ZONE_ABBREVIATIONS } from './time-zone-abbreviations';
import { TIME_ZONE_CITIES } from './time-zone-cities';
import { TIME_ZONE_REGIONS } from './time-zone-regions';

/** At most this many suggestions are returned. */
export const MAX_TIME_ZONE_SUGGESTIONS = 3;

interface Suggestion {
  /** What the patient could type. */
  readonly text: string;
  /** Folded forms compared with the input. */
  readonly keys: readonly string[];
}

let suggestionsCache: readonly Suggestion[] | null = null;

/**
 * Names close to a mistyped time zone, city, country, region or abbreviation, closest first
 * (by {@link editDistance} on folded names, ties in table order), at most
 * {@link MAX_TIME_ZONE_SUGGESTIONS}. A name counts as close when it is at most a third of the
 * input's length away (at least 1, at most 4 edits); with nothing that close the list is empty.
 * IANA names are also compared by their last part, so "Amercia/New_Yrok" and "New Yrok" both
 * suggest `America/New_York` or `New York`.
 */
export function suggestTimeZoneNames(input: string): string[] {
  const key = placeNameKey(input);
  if (key === '') {
    return [];
  }
  const limit = Math.min(4, Math.max(1, Math.floor(key.length / 3)));
  const scored = allSuggestions()
    .map((suggestion) => ({
      text: suggestion.text,
      distance: Math.min(...suggestion.keys.map((candidate) => editDistance(key, candidate))),
    }))
    .filter((entry) => entry.distance <= limit)
    .sort((a, b) => a.distance - b.distance);
  return [...new Set(scored.map((entry) => entry.text))].slice(0, MAX_TIME_ZONE_SUGGESTIONS);
}

function allSuggestions(): readonly Suggestion[] {
  suggestionsCache ??= [
    ...TIME_ZONE_CITIES.map((city) => named(city.name)),
    ...[...new Set(TIME_ZONE_CITIES.map((city) => city.country))].map(named),
    ...TIME_ZONE_REGIONS.map((region) => named(region.name)),
    ...Object.keys(TIME_ZONE_ABBREVIATIONS).map(named),
    ...ianaNames().map((id) => ({
      text: id,
      keys: [placeNameKey(id), placeNameKey(id.split('/').pop() ?? id)],
    })),
  ];
  return suggestionsCache;
}

function named(text: string): Suggestion {
  return { text, keys: [placeNameKey(text)] };
}

function ianaNames(): string[] {
  const modern = Intl.supportedValuesOf('timeZone').map((id) => LEGACY_TIME_ZONE_NAMES[id] ?? id);
  return [...new Set(['UTC', ...modern])];
}
