import { maskCounselling } from './sig-counselling';

describe('maskCounselling', () => {
  describe('when a sentence advises, warns or orders monitoring', () => {
    it.each([
      'take 1 tablet daily . check inr weekly .',
      'take 1 tablet daily ; avoid alcohol for 24 hours',
      'take 1 tablet daily , monitor blood pressure twice weekly',
      'may cause drowsiness . take 1 tablet at night',
      'shake well then take 5 ml bid',
      'store below 25 c . take 1 tablet daily',
    ])('blanks it in "%s"', (text) => {
      const masked = maskCounselling(text);
      expect(masked).not.toMatch(/\b(?:check|avoid|monitor|may cause|shake|store)\b/);
      expect(masked).toMatch(/\btake\b/);
    });
  });

  describe('when the sentence states a maximum or a dose', () => {
    it.each([
      'take 2 tablets q6h prn . do not exceed 8 tablets in 24 hours',
      'take 1 tablet daily . do not take more than 2 tablets a day',
      'take 1 tablet in the morning with breakfast',
    ])('keeps "%s"', (text) => {
      expect(maskCounselling(text)).toBe(text);
    });
  });
});
