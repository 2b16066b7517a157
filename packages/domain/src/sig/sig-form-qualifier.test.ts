import { placeFormAfterAmount } from './sig-form-qualifier';

describe('placeFormAfterAmount', () => {
  describe('when a describing word stands between the amount and the form', () => {
    it.each([
      ['insert 1 vaginal tablet at night', 'insert 1 tablet vaginal at night'],
      ['take 2 film-coated tablets daily', 'take 2 tablets film-coated daily'],
      ['and an extra tablet prn', 'and 1 tablet extra prn'],
      ['take another capsule if needed', 'take 1 capsule if needed'],
    ])('moves the form of "%s" next to the amount', (text, expected) => {
      expect(placeFormAfterAmount(text)).toBe(expected);
    });
  });

  describe('when an unknown word stands there', () => {
    it('reads it as the drug name', () => {
      expect(placeFormAfterAmount('take 2 paracetamol tablets daily')).toBe(
        'take 2 tablets of paracetamol daily',
      );
    });
  });

  describe('when instruction words or units stand there', () => {
    it.each(['take 1 or 2 tablets', 'take 1 of the tablets', 'metformin 500 mg tablets'])(
      'leaves "%s" as it is',
      (text) => {
        expect(placeFormAfterAmount(text)).toBe(text);
      },
    );
  });
});
