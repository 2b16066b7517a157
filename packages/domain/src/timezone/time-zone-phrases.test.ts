import { canonicalTimeZone } from './canonical-time-zone';
import { placeNameKey } from './place-name';
import { TIME_ZONE_ABBREVIATIONS } from './time-zone-abbreviations';
import { TIME_ZONE_PHRASES } from './time-zone-phrases';

describe('TIME_ZONE_PHRASES', () => {
  describe('when each phrase is checked', () => {
    it('points at a known abbreviation or a known zone, keyed in folded form', () => {
      const broken = Object.entries(TIME_ZONE_PHRASES).filter(
        ([phrase, abbreviation]) =>
          placeNameKey(phrase) !== phrase ||
          (TIME_ZONE_ABBREVIATIONS[abbreviation] === undefined &&
            canonicalTimeZone(abbreviation) !== abbreviation),
      );

      expect(broken).toEqual([]);
    });
  });
});
