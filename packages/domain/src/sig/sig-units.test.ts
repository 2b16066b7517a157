import { normalizeUnit } from './sig-units';

describe('normalizeUnit', () => {
  describe('when the word is a unit', () => {
    it.each([
      ['tabs', { unit: 'tablet', factor: 1 }],
      ['caps', { unit: 'capsule', factor: 1 }],
      ['mls', { unit: 'mL', factor: 1 }],
      ['tsp', { unit: 'mL', factor: 5 }],
      ['gtts', { unit: 'drop', factor: 1 }],
      ['ggts', { unit: 'drop', factor: 1 }],
      ['inhalations', { unit: 'puff', factor: 1 }],
      ['iu', { unit: 'IU', factor: 1 }],
      ['units', { unit: 'unit', factor: 1 }],
      ['gm', { unit: 'g', factor: 1 }],
      ['t', { unit: 'tablet', factor: 1 }],
    ])('normalises "%s"', (word, unit) => {
      expect(normalizeUnit(word)).toEqual(unit);
    });
  });

  describe('when a single letter does not follow a number', () => {
    it('is no unit', () => {
      expect(normalizeUnit('c', false)).toBeNull();
    });
  });

  describe('when the word is no unit', () => {
    it('gives null', () => {
      expect(normalizeUnit('daily')).toBeNull();
    });
  });
});
