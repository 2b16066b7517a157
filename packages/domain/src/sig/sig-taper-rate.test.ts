import { parseSigClause } from './sig-clause';
import { expandTaperRate, readTaperRate } from './sig-taper-rate';

describe('readTaperRate', () => {
  describe('when a taper is given as a rate', () => {
    it.each([
      [
        'taper 1 mg a month',
        { amount: 1, unit: 'mg', every: { value: 1, unit: 'mo' }, direction: -1, target: null },
      ],
      [
        'reducing by 10 mg every 5 days',
        { amount: 10, unit: 'mg', every: { value: 5, unit: 'd' }, direction: -1, target: null },
      ],
      [
        'increase by 2 caps every 3 days up to 6',
        { amount: 2, unit: 'capsule', every: { value: 3, unit: 'd' }, direction: 1, target: 6 },
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
        direction: -1,
        target: null,
      });
      expect(steps?.map((step) => step.dose?.max)).toEqual([20, 15, 10, 5]);
    });
  });

  describe('when the units differ or there is no amount', () => {
    it('returns null', () => {
      const rate = {
        amount: 1,
        unit: 'mg',
        every: { value: 1, unit: 'wk' },
        direction: -1,
        target: null,
      } as const;
      expect(expandTaperRate(parseSigClause('3 tablets daily', { form: null }), rate)).toBeNull();
      expect(expandTaperRate(parseSigClause('daily', { form: null }), rate)).toBeNull();
    });
  });
});

describe('expandTaperRate upwards', () => {
  const rate = {
    amount: 25,
    unit: 'mg',
    every: { value: 2, unit: 'wk' },
    direction: 1,
    target: 100,
  } as const;

  describe('when a titration names its target', () => {
    it('steps up to the target and leaves the last step open-ended', () => {
      const steps = expandTaperRate(parseSigClause('25 mg at night', { form: null }), rate);
      expect(steps?.map((step) => [step.dose?.max, step.duration])).toEqual([
        [25, { value: 2, unit: 'wk' }],
        [50, { value: 2, unit: 'wk' }],
        [75, { value: 2, unit: 'wk' }],
        [100, null],
      ]);
    });
  });

  describe('when it names none', () => {
    it('returns null', () => {
      const open = { ...rate, target: null };
      expect(expandTaperRate(parseSigClause('25 mg at night', { form: null }), open)).toBeNull();
    });
  });
});
