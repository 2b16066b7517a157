import { parseSig } from './parse-sig';

describe('parseSig safety rules', () => {
  describe('when a medicine is as needed', () => {
    it.each([
      'take 1 tablet as needed for pain',
      'paracetamol 500mg 2 tabs prn',
      'salbutamol 2 puffs when required',
      'Place 1 tablet sublingually PRN',
      '1-2 drops into each eye as needed',
    ])('gives "%s" no fixed frequency', (text) => {
      const result = parseSig(text);
      expect({ asNeeded: result.asNeeded, frequency: result.frequency, when: result.when }).toEqual(
        {
          asNeeded: true,
          frequency: null,
          when: null,
        },
      );
    });

    it('keeps a frequency the text states', () => {
      expect(parseSig('1 tab q6h prn pain').frequency).toEqual({
        count: 1,
        period: 6,
        periodUnit: 'h',
      });
    });
  });

  describe('when the sig says QD or QID', () => {
    it.each(['1 tab po qd', '1 tab po q.d.', '1 tab po QD', '1 tab po od', '1 tab OD'])(
      'reads "%s" as once daily',
      (text) => {
        expect(parseSig(text).frequency).toEqual({ count: 1, period: 1, periodUnit: 'd' });
      },
    );

    it.each(['1 tab po qid', '1 tab po q.i.d.', '1 tab po QID', '1 tab po qds', '1 tab po q.d.s.'])(
      'reads "%s" as four times daily',
      (text) => {
        expect(parseSig(text).frequency).toEqual({ count: 4, period: 1, periodUnit: 'd' });
      },
    );

    it('reads q.o.d. as every other day, neither daily nor four times', () => {
      expect(parseSig('q.o.d.').frequency).toEqual({ count: 1, period: 2, periodUnit: 'd' });
    });
  });

  describe('when OD appears in an eye sig', () => {
    it('reads it as the right eye, not as daily', () => {
      expect(parseSig('1 gtt OD bid')).toMatchObject({
        route: 'ophthalmic',
        frequency: { count: 2, period: 1, periodUnit: 'd' },
      });
    });

    it('flags an eye sig whose only frequency word is OD', () => {
      expect(parseSig('instill 1 drop OD')).toMatchObject({ frequency: null, ambiguous: true });
    });

    it('reads OD as the right eye when a frequency follows it, even beside another eye', () => {
      expect(
        parseSig('1 drop OD bid and 1 drop OS qd').steps?.map((step) => step.frequency),
      ).toEqual([
        { count: 2, period: 1, periodUnit: 'd' },
        { count: 1, period: 1, periodUnit: 'd' },
      ]);
    });

    it('reads OD as daily when another eye site is named', () => {
      expect(parseSig('1 drop OS OD').frequency).toEqual({ count: 1, period: 1, periodUnit: 'd' });
    });
  });

  describe('when the sig is a taper', () => {
    it.each([
      'prednisone 40mg daily for 3 days then 20mg daily for 3 days then 10mg daily for 3 days',
      'take 4 tablets once a day for 2 days then 2 tablets once a day for 2 days',
      '1 po bid x 3 days 1/2 po bid x 3 days',
    ])('never flattens "%s" to one dose', (text) => {
      const result = parseSig(text);
      expect({ dose: result.dose, stepsType: result.stepsType }).toEqual({
        dose: null,
        stepsType: 'sequential',
      });
      expect(new Set(result.steps?.map((item) => JSON.stringify(item.dose))).size).toBeGreaterThan(
        1,
      );
    });
  });
});

describe('parseSig taper rates', () => {
  describe('when a taper is stated as a rate from a starting dose', () => {
    it('expands it step by step', () => {
      const result = parseSig('4 PO mane. Taper 1 mg a month');
      expect(result.steps?.map((item) => [item.dose?.max, item.duration])).toEqual([
        [4, { value: 1, unit: 'mo' }],
        [3, { value: 1, unit: 'mo' }],
        [2, { value: 1, unit: 'mo' }],
        [1, { value: 1, unit: 'mo' }],
      ]);
    });
  });

  describe('when the rate cannot be expanded', () => {
    it.each([
      'Prednisone, Taper 5 mg every 3 days, Finish in 2.5 weeks',
      'take 3 tablets daily, taper by 1 mg every week',
    ])('flags "%s" as ambiguous and gives no flat dose', (text) => {
      const result = parseSig(text);
      expect({ ambiguous: result.ambiguous, steps: result.steps }).toEqual({
        ambiguous: true,
        steps: null,
      });
    });
  });
});
