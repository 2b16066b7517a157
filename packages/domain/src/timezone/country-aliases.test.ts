import { COUNTRY_ALIASES } from './country-aliases';
import { placeNameKey } from './place-name';
import { TIME_ZONE_CITIES } from './time-zone-cities';

describe('COUNTRY_ALIASES', () => {
  describe('when each alias is checked', () => {
    it('points at a country that has cities in the table, keyed in folded form', () => {
      const countries = new Set(TIME_ZONE_CITIES.map((city) => city.country));
      const broken = Object.entries(COUNTRY_ALIASES).filter(
        ([alias, country]) => !countries.has(country) || placeNameKey(alias) !== alias,
      );

      expect(broken).toEqual([]);
    });
  });
});
