import { extractBareDurations, extractMarkedDurations } from './sig-duration';
import { maskSupplyNoise } from './sig-supply-noise';

function durations(text: string): unknown[] {
  const marked = extractMarkedDurations(maskSupplyNoise(text));
  return [...marked.found, ...extractBareDurations(marked.text).found].map((item) => item.value);
}

describe('sig durations and counts', () => {
  describe('when the text states a course', () => {
    it.each([
      ['for 7 days', { value: 7, unit: 'd' }],
      ['x 10 d', { value: 10, unit: 'd' }],
      ['times 2 weeks', { value: 2, unit: 'wk' }],
      ['for 7 nights', { value: 7, unit: 'd' }],
      ['1/52', { value: 1, unit: 'wk' }],
      ['on days 1-14 of 21-day cycle', { value: 14, unit: 'd' }],
      ['finish in 2.5 weeks', { value: 2.5, unit: 'wk' }],
      ['once a day 30 days', { value: 30, unit: 'd' }],
    ])('reads "%s"', (text, duration) => {
      expect(durations(text)).toEqual([duration]);
    });
  });

  describe('when a number is supply or an offset', () => {
    it.each([
      'must last 30 days',
      'dispense 21 tabs',
      'mitte : 3/12',
      '20 rf 0',
      '1 hour before procedure',
    ])('reads no duration in "%s"', (text) => {
      expect(durations(text)).toEqual([]);
    });
  });
});
