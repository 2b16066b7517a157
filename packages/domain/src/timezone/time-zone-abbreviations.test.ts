import { canonicalTimeZone } from './canonical-time-zone';
import { TIME_ZONE_ABBREVIATIONS } from './time-zone-abbreviations';

describe('TIME_ZONE_ABBREVIATIONS', () => {
  describe('when each entry is checked', () => {
    it('uses only zone names Temporal knows', () => {
      const zones = Object.values(TIME_ZONE_ABBREVIATIONS).flatMap((candidates) =>
        candidates.map((candidate) => candidate.timeZone),
      );

      expect(zones.filter((zone) => canonicalTimeZone(zone) !== zone)).toEqual([]);
    });

    it('keys every abbreviation in upper case', () => {
      const keys = Object.keys(TIME_ZONE_ABBREVIATIONS);

      expect(keys.filter((key) => key !== key.toUpperCase())).toEqual([]);
    });
  });

  describe('when an abbreviation is shared by several regions', () => {
    it.each(['IST', 'CST', 'BST'])('lists more than one zone for %s', (abbreviation) => {
      expect(TIME_ZONE_ABBREVIATIONS[abbreviation]?.length).toBeGreaterThan(1);
    });
  });
});
