import { canonicalTimeZone } from './canonical-time-zone';
import { placeNameKey } from './place-name';
import { REGION_ALIASES, TIME_ZONE_REGIONS } from './time-zone-regions';

describe('TIME_ZONE_REGIONS', () => {
  describe('when each region is checked', () => {
    it('uses only zone names Temporal knows', () => {
      const zones = TIME_ZONE_REGIONS.flatMap((region) => region.zones.map(([zone]) => zone));

      expect(zones.filter((zone) => canonicalTimeZone(zone) !== zone)).toEqual([]);
    });

    it('covers all 50 US states and DC', () => {
      expect(TIME_ZONE_REGIONS.filter((region) => region.country === 'United States')).toHaveLength(
        51,
      );
    });
  });

  describe('when aliases are checked', () => {
    it('points every alias at a region of the table, keyed in folded form', () => {
      const names = new Set(TIME_ZONE_REGIONS.map((region) => region.name));
      const broken = Object.entries(REGION_ALIASES).filter(
        ([alias, region]) => !names.has(region) || placeNameKey(alias) !== alias,
      );

      expect(broken).toEqual([]);
    });
  });
});
