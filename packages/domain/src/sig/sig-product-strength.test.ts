import { scanStrength } from './sig-product-strength';

function scan(text: string): ReturnType<typeof scanStrength> {
  return scanStrength(text.split(' '), 0);
}

const none = { strength: null, isDoseCandidate: false, isDoseOnly: false };

describe('scanStrength', () => {
  describe('when a strength follows the name', () => {
    it.each([
      [
        '500 mg 1-0-1',
        {
          strength: { value: 500, unit: 'mg' },
          isDoseCandidate: true,
          isDoseOnly: false,
          length: 2,
        },
      ],
      ['10 mg/2 ml solution', { ...none, strength: { value: 5, unit: 'mg/mL' }, length: 3 }],
      ['100 units/ml :', { ...none, strength: { value: 100, unit: 'unit/mL' }, length: 2 }],
      ['21 mg/24 hr patch', { ...none, strength: { value: 21, unit: 'mg/24h' }, length: 3 }],
      [
        '20 meq :',
        {
          strength: { value: 20, unit: 'meq' },
          isDoseCandidate: true,
          isDoseOnly: true,
          length: 2,
        },
      ],
      [
        '0.1 % cream',
        {
          strength: { value: 0.1, unit: '%' },
          isDoseCandidate: false,
          isDoseOnly: false,
          length: 2,
        },
      ],
    ])('reads "%s"', (text, expected) => {
      expect(scan(text)).toEqual(expected);
    });
  });

  describe('when the amount is no strength', () => {
    it.each([
      ['80 mg/400 mg tablets', { ...none, length: 3 }],
      ['875-125 mg :', { ...none, length: 2 }],
      ['100 ml 5 ml', { ...none, length: 2 }],
      ['625 1 tab', { ...none, length: 1, brandNumber: '625' }],
      ['2 tablets every', { ...none, length: 0 }],
    ])('skips "%s"', (text, expected) => {
      expect(scan(text)).toEqual(expected);
    });
  });
});
