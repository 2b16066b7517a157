import { haveSameClock } from './same-clock';
import { TIME_ZONE_CITIES, type TimeZoneCity } from './time-zone-cities';
import type { TimeZoneResolution } from './time-zone-resolution';

const EARTH_RADIUS_KM = 6371;
/**
 * A second city with a different clock this much farther away than the nearest one (or closer)
 * makes the answer a question instead of a guess.
 */
export const BORDER_MARGIN_KM = 100;

/**
 * Resolves a shared location (a Telegram location message) to a zone offline: the zone of the
 * nearest city in `TIME_ZONE_CITIES` by great-circle distance. When a city with a different
 * clock is nearly as close (within {@link BORDER_MARGIN_KM} more), the patient is asked which
 * of the two zones is theirs.
 *
 * TODO: the nearest-city rule knows no borders. Near a border, on islands far from any listed
 * city, or in a country whose zone lines run between listed cities, the nearest city can lie in
 * a different zone. Meanwhile the label names the city the zone came from ("near Lisbon,
 * Portugal (Europe/Lisbon)") so the bot can show it and the patient can correct it, and near-ties
 * ask instead of guessing; a table of zone-boundary polygons would make this exact.
 *
 * @param latitude - degrees north, -90 to 90.
 * @param longitude - degrees east, -180 to 180.
 */
export function resolveTimeZoneFromLocation(
  latitude: number,
  longitude: number,
): TimeZoneResolution {
  if (!isCoordinate(latitude, 90) || !isCoordinate(longitude, 180)) {
    const message = 'That location has no valid latitude and longitude.';
    return { kind: 'invalid', message, suggestions: [] };
  }
  const byDistance = TIME_ZONE_CITIES.map((city) => ({
    city,
    km: greatCircleKm(latitude, longitude, city.latitude, city.longitude),
  })).sort((a, b) => a.km - b.km);
  const [nearest] = byDistance;
  if (nearest === undefined) {
    return { kind: 'invalid', message: 'No places are known.', suggestions: [] };
  }
  const rival = byDistance.find(({ city }) => !haveSameClock(city.timeZone, nearest.city.timeZone));
  if (rival !== undefined && rival.km - nearest.km <= BORDER_MARGIN_KM) {
    return {
      kind: 'ambiguous',
      candidates: [candidate(nearest.city), candidate(rival.city)],
      message: 'You are near places with different clocks. Which one is yours?',
    };
  }
  return {
    kind: 'resolved',
    timeZone: nearest.city.timeZone,
    label: `near ${cityLabel(nearest.city)}`,
  };
}

function candidate(city: TimeZoneCity): { readonly timeZone: string; readonly label: string } {
  return { timeZone: city.timeZone, label: `like ${cityLabel(city)}` };
}

function cityLabel(city: TimeZoneCity): string {
  return `${city.name}, ${city.country} (${city.timeZone})`;
}

function isCoordinate(value: number, limit: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= limit;
}

/** Haversine distance in kilometres between two points given in degrees. */
function greatCircleKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
  const dLat = toRadians(lat2 - lat1);
  const dLon = toRadians(lon2 - lon1);
  const a =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(toRadians(lat1)) * Math.cos(toRadians(lat2)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}
