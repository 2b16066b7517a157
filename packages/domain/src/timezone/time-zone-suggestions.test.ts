import { suggestTimeZoneNames } from './time-zone-suggestions';

describe('suggestTimeZoneNames', () => {
  describe('when the input is close to known names', () => {
    it.each([
      ['Sidney', ['Sydney', 'Australia/Sydney']],
      ['Kolkatta', ['Kolkata', 'Asia/Kolkata']],
      ['Mumbay', ['Mumbai']],
      ['Europe/Lndon', ['Europe/London', 'Europe/Lisbon', 'Europe/Andorra']],
      ['Jpan', ['Japan']],
    ])('suggests for "%s"', (input, suggestions) => {
      expect(suggestTimeZoneNames(input)).toEqual(suggestions);
    });
  });

  describe('when nothing is close', () => {
    it('suggests nothing', () => {
      expect(suggestTimeZoneNames('qwertyuiop')).toEqual([]);
      expect(suggestTimeZoneNames('')).toEqual([]);
    });
  });
});
