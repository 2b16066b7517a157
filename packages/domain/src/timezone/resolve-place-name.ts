import { Temporal } from 'temporal-polyfill';
import { CITY_ALIASES } from './city-aliases';
import { COUNTRY_ALIASES } from './country-aliases';
import { placeNameKey } from './place-name';
import { haveSameClock } from './same-clock';
import { TIME_ZONE_CITIES } from './time-zone-cities';
import { REGION_ALIASES, TIME_ZONE_REGIONS } from './time-zone-regions';
import type { TimeZoneCandidate, TimeZoneResolution } from './time-zone-resolution';

const COUNTRY_BY_KEY = new Map<string, string>([
  ...TIME_ZONE_CITIES.map((city) => [placeNameKey(city.country), city.country] as const),
  ...Object.entries(COUNTRY_ALIASES).map(
    ([alias, country]) => [placeNameKey(alias), country] as const,
  ),
]);
const REGION_BY_KEY = new Map<string, string>([
  ...TIME_ZONE_REGIONS.map((region) => [placeNameKey(region.name), region.name] as const),
  ...Object.entries(REGION_ALIASES).map(
    ([alias, region]) => [placeNameKey(alias), region] as const,
  ),
]);
const JANUARY = Temporal.Instant.from('2026-01-15T00:00:00Z');

/**
 * Finds the zone of a city, a country, or a US, Canadian or Australian state or province typed
 * by name, from the offline tables. "City, Country" narrows a city to that country. Where the
 * name fits places with different clocks (a country with several zones, "Georgia", "San Jose"),
 * the patient is asked, with one candidate per distinct clock; places that keep the same clock
 * resolve at once. Returns null when the name is in none of the tables.
 */
export function resolvePlaceName(input: string): TimeZoneResolution | null {
  const key = placeNameKey(input);
  if (key === '') {
    return null;
  }
  const country = COUNTRY_BY_KEY.get(key);
  const fromCountry = countryCandidates(country);
  const others = [...cityCandidates(key, input), ...regionCandidates(REGION_BY_KEY.get(key))];
  const candidates = distinctClocks([...fromCountry, ...others]);
  const [first] = candidates;
  if (first === undefined) {
    return null;
  }
  if (candidates.length === 1) {
    return { kind: 'resolved', timeZone: first.timeZone, label: first.label };
  }
  const message =
    country !== undefined && candidates.length === fromCountry.length
      ? `${country} has several time zones. Which one is yours?`
      : `"${input.trim()}" could mean places with different clocks. Which one is yours?`;
  return { kind: 'ambiguous', candidates, message };
}

function countryCandidates(country: string | undefined): TimeZoneCandidate[] {
  if (country === undefined) {
    return [];
  }
  const cities = TIME_ZONE_CITIES.filter((city) => city.country === country);
  const zones = distinctClocks(
    cities.map((city) => ({
      timeZone: city.timeZone,
      label: `${country}: ${city.name} (${city.timeZone})`,
    })),
  );
  if (zones.length === 1 && zones[0] !== undefined) {
    return [{ timeZone: zones[0].timeZone, label: `${country} (${zones[0].timeZone})` }];
  }
  return zones.sort((a, b) => offsetSeconds(b.timeZone) - offsetSeconds(a.timeZone));
}

function regionCandidates(regionName: string | undefined): TimeZoneCandidate[] {
  const region = TIME_ZONE_REGIONS.find((entry) => entry.name === regionName);
  if (region === undefined) {
    return [];
  }
  if (region.zones.length === 1) {
    const [timeZone] = region.zones[0] ?? [''];
    return [{ timeZone, label: `${region.name}, ${region.country} (${timeZone})` }];
  }
  return region.zones.map(([timeZone, part]) => ({
    timeZone,
    label: `${region.name}, ${region.country}: ${part} (${timeZone})`,
  }));
}

function cityCandidates(key: string, input: string): TimeZoneCandidate[] {
  const split = splitCountry(input);
  const cityKey = split === null ? key : placeNameKey(split.city);
  const cityName = CITY_ALIASES[cityKey];
  return TIME_ZONE_CITIES.filter(
    (city) =>
      (placeNameKey(city.name) === cityKey || city.name === cityName) &&
      (split === null || city.country === split.country),
  ).map((city) => ({
    timeZone: city.timeZone,
    label: `${city.name}, ${city.country} (${city.timeZone})`,
  }));
}

/** "Paris, France" or "London UK": a city part and a known country at the end, or null. */
function splitCountry(input: string): { readonly city: string; readonly country: string } | null {
  const comma = input.lastIndexOf(',');
  if (comma > 0) {
    const country = COUNTRY_BY_KEY.get(placeNameKey(input.slice(comma + 1)));
    return country === undefined ? null : { city: input.slice(0, comma), country };
  }
  const words = placeNameKey(input).split(' ');
  for (let at = 1; at < words.length; at += 1) {
    const country = COUNTRY_BY_KEY.get(words.slice(at).join(' '));
    if (country !== undefined) {
      return { city: words.slice(0, at).join(' '), country };
    }
  }
  return null;
}

/** Keeps the first candidate of each distinct clock, in order. */
function distinctClocks(candidates: readonly TimeZoneCandidate[]): TimeZoneCandidate[] {
  const kept: TimeZoneCandidate[] = [];
  for (const candidate of candidates) {
    if (!kept.some((other) => haveSameClock(other.timeZone, candidate.timeZone))) {
      kept.push(candidate);
    }
  }
  return kept;
}

function offsetSeconds(timeZone: string): number {
  return JANUARY.toZonedDateTimeISO(timeZone).offsetNanoseconds / 1e9;
}
