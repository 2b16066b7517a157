import { readInfusion } from './sig-infusion';

describe('readInfusion', () => {
  describe('when a plausible rate is stated', () => {
    it('reads a continuous infusion and blanks the rate', () => {
      expect(readInfusion('20 meq iv at 100 ml/hr')).toEqual({
        continuous: true,
        implausible: false,
        text: '20 meq iv  ',
      });
    });
  });

  describe('when the rate cannot be right', () => {
    it.each(['infuse at 8 l/min', '1000 ml infused at 50 ml/hour for 4 hours'])(
      'flags "%s"',
      (text) => {
        expect(readInfusion(text)).toMatchObject({ continuous: false, implausible: true });
      },
    );
  });

  describe('when no rate is stated', () => {
    it('only blanks the run time', () => {
      expect(readInfusion('30 mg iv over 120 min')).toEqual({
        continuous: false,
        implausible: false,
        text: '30 mg iv  ',
      });
    });
  });
});
