import { parseSigClause } from './sig-clause';
import { expandTaperRate, readTaperRate } from './sig-taper-rate';

describe('readTaperRate', () => {
  describe('when a taper is given as a rate', () => {
    it.each([
      ['taper 1 mg a month', { amount: 1, unit: 'mg', every: { value: 1, unit: 'mo' } }],
      [
        'reducing by 10 mg every 5 days',
        { amount: 10, unit: 'mg', every: { value: 5, unit: 'd' } },
      ],
    ])('reads "%s"', (text, rate) => {
      expect(readTaperRate(text).rate).toEqual(rate);
    });
  });

  describe('when no rate is given', () => {
    it('returns the text unchanged', () => {
      expect(readTaperRate('6 day taper')).toEqual({ rate: null, text: '6 day taper' });
    });
  });
});

describe('expandTaperRate', () => {
  describe('when the start has one amount', () => {
    it('steps down to the last positive amount', () => {
      const start = parseSigClause('20 mg daily', { form: null });
      const steps = expandTaperRate(start, {
        amount: 5,
        unit: 'mg',
        every: { value: 1, unit: 'wk' },
      });
      expect(steps?.map((step) => step.dose?.max)).toEqual([20, 15, 10, 5]);
    });
  });

  describe('when the units differ or there is no amount', () => {
    it('returns null', () => {
      const rate = { amount: 1, unit: 'mg', every: { value: 1, unit: 'wk' } } as const;
      expect(expandTaperRate(parseSigClause('3 tablets daily', { form: null }), rate)).toBeNull();
      expect(expandTaperRate(parseSigClause('daily', { form: null }), rate)).toBeNull();
    });
  });
});
