import { drugDoseLimitFor } from './drug-dose-limits';

describe('drugDoseLimitFor', () => {
  describe('when a word of the name is in the table', () => {
    it('returns that limit', () => {
      expect(drugDoseLimitFor('Insulin glargine')).toEqual({
        medicine: 'insulin',
        max: 100,
        unit: 'units',
        per: 'dose',
      });
    });
  });

  describe('when the name is written in capitals with a strength', () => {
    it('returns that limit', () => {
      expect(drugDoseLimitFor('LEVOTHYROXINE 100mcg')).toEqual({
        medicine: 'levothyroxine',
        max: 300,
        unit: 'mcg',
        per: 'day',
      });
    });
  });

  describe('when no word is in the table', () => {
    it('returns null', () => {
      expect(drugDoseLimitFor('Co-codamol')).toBeNull();
    });
  });
});
