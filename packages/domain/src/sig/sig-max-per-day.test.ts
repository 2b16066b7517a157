import { extractMaxPerDay } from './sig-max-per-day';

describe('extractMaxPerDay', () => {
  describe('when the text states a daily maximum', () => {
    it.each([
      ['max 3 tabs/day', { value: 3, unit: 'tablet' }],
      ['maximum daily dose 8 tablets', { value: 8, unit: 'tablet' }],
      ['mdd 1.5 mg per day', { value: 1.5, unit: 'mg' }],
      ['mdd 6', { value: 6, unit: null }],
      ['maximum 3.6 gm per 24 hours', { value: 3.6, unit: 'g' }],
      ['up to 200 mg/24 hr', { value: 200, unit: 'mg' }],
    ])('reads "%s"', (text, max) => {
      expect(extractMaxPerDay(text).max).toEqual(max);
    });
  });

  describe('when "up to" bounds a frequency or a course', () => {
    it.each(['up to 3 times a day', 'for up to 10 days'])('reads no maximum in "%s"', (text) => {
      expect(extractMaxPerDay(text)).toEqual({ max: null, text });
    });
  });

  describe('when the day is written "in a day" or "in any 24 hours"', () => {
    it.each([
      ['no more than 6 tabs in a day', { value: 6, unit: 'tablet' }],
      ['max 4 doses in any 24 hours', { value: 4, unit: 'dose' }],
    ])('reads "%s" and blanks all of it', (text, max) => {
      const result = extractMaxPerDay(text);
      expect({ max: result.max, rest: result.text.replace(/[|\s]/g, '') }).toEqual({
        max,
        rest: '',
      });
    });
  });
});
