import { extractRoute } from './sig-route';

describe('extractRoute', () => {
  describe('when the text names a route or implies one', () => {
    it.each([
      ['1 tab po', 'oral'],
      ['1 cap inhale daily', 'inhaled'],
      ['inhale 2 puffs by mouth', 'inhaled'],
      ['take 2 puffs by mouth q4h', 'inhaled'],
      ['apply 1 inch inside lower eyelid', 'ophthalmic'],
      ['apply 1 patch topically q 72 h', 'topical'],
      ['1 td daily', 'transdermal'],
      ['apply 1 patch to the skin every 3 days', 'transdermal'],
      ['apply a new patch to the upper arm weekly', 'transdermal'],
      ['apply 1 patch topically once daily', 'topical'],
      ['2 puffs', 'inhaled'],
      ['inject 10 units subq', 'subcutaneous'],
      ['place 3 drops into both ears', 'otic'],
      ['1 tablet under the tongue', 'sublingual'],
      ['apply in mouth after meals', 'oral'],
    ])('reads "%s" as %s', (text, route) => {
      expect(extractRoute(text)).toBe(route);
    });
  });

  describe('when nothing names a route', () => {
    it.each(['take 1 twice daily', 'use 1 spray twice daily', '600 mg 2 times daily before meals'])(
      'gives null for "%s"',
      (text) => {
        expect(extractRoute(text)).toBeNull();
      },
    );
  });
});
