import { canonicalTimeZone } from './canonical-time-zone';
import { LEGACY_TIME_ZONE_NAMES } from './legacy-time-zone-names';

describe('LEGACY_TIME_ZONE_NAMES', () => {
  describe('when each pair is checked', () => {
    it('maps names Temporal knows to current names Temporal knows', () => {
      const broken = Object.entries(LEGACY_TIME_ZONE_NAMES).filter(
        ([legacy, current]) =>
          canonicalTimeZone(legacy) !== legacy || canonicalTimeZone(current) !== current,
      );

      expect(broken).toEqual([]);
    });
  });
});
