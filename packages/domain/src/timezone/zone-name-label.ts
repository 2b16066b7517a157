import { fixedOffsetLabel } from './fixed-offset-label';
import { placeNameKey } from './place-name';
import { TIME_ZONE_CITIES } from './time-zone-cities';

/**
 * What to show a patient for a zone they typed by its IANA name: a fixed offset stated plainly
 * (`Etc/GMT+5` → `UTC−05:00 (fixed, no daylight saving)`, see `fixedOffsetLabel`); a zone named
 * after a city in the city table as that city and country with the zone
 * (`Asia/Kathmandu` → `Kathmandu, Nepal (Asia/Kathmandu)`); any other zone as its name.
 */
export function zoneNameLabel(timeZone: string): string {
  const fixed = fixedOffsetLabel(timeZone);
  if (fixed !== null) {
    return fixed;
  }
  const cityKey = placeNameKey((timeZone.split('/').pop() ?? '').replace(/_/g, ' '));
  const city = TIME_ZONE_CITIES.find(
    (candidate) => candidate.timeZone === timeZone && placeNameKey(candidate.name) === cityKey,
  );
  return city === undefined ? timeZone : `${city.name}, ${city.country} (${timeZone})`;
}
