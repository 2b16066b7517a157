import { canonicalTimeZone } from './canonical-time-zone';
import { TIME_ZONE_CITIES } from './time-zone-cities';

describe('TIME_ZONE_CITIES', () => {
  describe('when checked as a whole', () => {
    it('holds at least 150 cities', () => {
      expect(TIME_ZONE_CITIES.length).toBeGreaterThanOrEqual(150);
    });

    it('names each city once per country', () => {
      const keys = TIME_ZONE_CITIES.map((city) => `${city.name}|${city.country}`);

      expect(new Set(keys).size).toBe(keys.length);
    });
  });

  describe('when each city is checked', () => {
    it('uses only zone names Temporal knows, in canonical case', () => {
      const unknown = TIME_ZONE_CITIES.filter(
        (city) => canonicalTimeZone(city.timeZone) !== city.timeZone,
      );

      expect(unknown).toEqual([]);
    });

    it('has coordinates on the globe', () => {
      const off = TIME_ZONE_CITIES.filter(
        (city) => Math.abs(city.latitude) > 90 || Math.abs(city.longitude) > 180,
      );

      expect(off).toEqual([]);
    });
  });
});
