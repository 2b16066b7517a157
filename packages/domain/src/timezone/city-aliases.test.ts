import { CITY_ALIASES } from './city-aliases';
import { placeNameKey } from './place-name';
import { TIME_ZONE_CITIES } from './time-zone-cities';

describe('CITY_ALIASES', () => {
  describe('when each alias is checked', () => {
    it('points at a city of the table, keyed in folded form, never at itself', () => {
      const names = new Set(TIME_ZONE_CITIES.map((city) => city.name));
      const broken = Object.entries(CITY_ALIASES).filter(
        ([alias, city]) =>
          !names.has(city) || placeNameKey(alias) !== alias || placeNameKey(city) === alias,
      );

      expect(broken).toEqual([]);
    });
  });
});
