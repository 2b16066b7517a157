import { EMPTY_SIG_STEP } from './empty-sig-step';
import { parseSig } from './parse-sig';
import type { EventTiming, SigReading, SigStep } from './sig-reading';

function reading(fields: Partial<SigReading>): SigReading {
  return { medication: null, ...EMPTY_SIG_STEP, ...fields };
}

function step(fields: Partial<SigStep>): SigStep {
  return { ...EMPTY_SIG_STEP, ...fields };
}

const ONE_TABLET = { min: 1, max: 1, unit: 'tablet' };
const DAILY = { count: 1, period: 1, periodUnit: 'd' } as const;
const perDay = (count: number): SigReading['frequency'] => ({ count, period: 1, periodUnit: 'd' });

describe('parseSig', () => {
  describe('when the sig uses a daily abbreviation', () => {
    it.each([
      ['1 tab po qd', 1],
      ['1 tab po q.d.', 1],
      ['1 tab po od', 1],
      ['1 tab po bid', 2],
      ['1 tab po bd', 2],
      ['1 tab po tid', 3],
      ['1 tab po tds', 3],
      ['1 tab po qid', 4],
      ['1 tab po qds', 4],
      ['1 tab po q.i.d.', 4],
    ])('reads "%s" as %i a day', (text, count) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', frequency: perDay(count) }),
      );
    });
  });

  describe('when the sig gives an interval or a count per day', () => {
    it('reads every N hours as one dose per N hours', () => {
      expect(parseSig('take 1 tablet by mouth every 6 hours')).toEqual(
        reading({
          dose: ONE_TABLET,
          route: 'oral',
          frequency: { count: 1, period: 6, periodUnit: 'h' },
        }),
      );
    });

    it('reads N times a day', () => {
      expect(parseSig('Take 2 capsules 3 times a day')).toEqual(
        reading({ dose: { min: 2, max: 2, unit: 'capsule' }, route: 'oral', frequency: perDay(3) }),
      );
    });

    it('reads an interval range into period and periodMax', () => {
      expect(parseSig('1 to 2 tablets every 4-6 hours as needed for pain')).toEqual(
        reading({
          dose: { min: 1, max: 2, unit: 'tablet' },
          route: 'oral',
          frequency: { count: 1, period: 4, periodUnit: 'h' },
          periodMax: 6,
          asNeeded: true,
          asNeededFor: 'pain',
        }),
      );
    });

    it('reads a frequency range into count and frequencyMax', () => {
      expect(parseSig('take 1 tablet once or twice a day')).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', frequency: DAILY, frequencyMax: 2 }),
      );
    });
  });

  describe('when the sig names times of day', () => {
    it.each([
      ['take 1 tablet every morning', ['MORN'] as EventTiming[]],
      ['take 1 tablet at noon', ['NOON'] as EventTiming[]],
      ['take 1 tablet in the evening', ['EVE'] as EventTiming[]],
      ['take 1 tablet at night', ['NIGHT'] as EventTiming[]],
      ['take 1 tablet at bedtime', ['HS'] as EventTiming[]],
    ])('reads "%s" as once daily at %j', (text, when) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', frequency: DAILY, when }),
      );
    });

    it('counts several named events', () => {
      expect(parseSig('inhale 2 puffs morning and evening')).toEqual(
        reading({
          dose: { min: 2, max: 2, unit: 'puff' },
          route: 'inhaled',
          frequency: perDay(2),
          when: ['MORN', 'EVE'],
        }),
      );
    });

    it('reads clock times in 24-hour form', () => {
      expect(parseSig('take 1 tablet at 8 am and 6 pm')).toEqual(
        reading({
          dose: ONE_TABLET,
          route: 'oral',
          frequency: perDay(2),
          timesOfDay: ['08:00', '18:00'],
        }),
      );
    });
  });

  describe('when the sig ties doses to food', () => {
    it.each([
      ['take 1 tablet twice daily before food', 'AC'],
      ['take 1 tablet twice daily after food', 'PC'],
      ['take 1 tablet twice daily with food', 'C'],
    ])('reads "%s" as %s', (text, code) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', frequency: perDay(2), when: [code as 'AC'] }),
      );
    });

    it('leaves the frequency open for a generic meal phrase alone', () => {
      expect(parseSig('take 1 tablet with meals')).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', when: ['C'] }),
      );
    });

    it('reads a named meal as one daily event', () => {
      expect(parseSig('take 1 tablet after breakfast')).toEqual(
        reading({ dose: ONE_TABLET, route: 'oral', frequency: DAILY, when: ['PCM'] }),
      );
    });
  });

  describe('when the sig uses slot notation', () => {
    it('reads 1-0-1 as morning and night', () => {
      expect(parseSig('1-0-1')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: null },
          frequency: perDay(2),
          when: ['MORN', 'NIGHT'],
        }),
      );
    });

    it('maps slots to meals when a meal phrase qualifies them', () => {
      expect(parseSig('Tab. Zincovit 1-0-1 after food x 5 days')).toEqual(
        reading({
          medication: 'zincovit',
          dose: ONE_TABLET,
          route: 'oral',
          frequency: perDay(2),
          when: ['PCM', 'PCV'],
          duration: { value: 5, unit: 'd' },
        }),
      );
    });

    it('reads the Thai NxM shorthand as dose N, M times a day', () => {
      expect(parseSig('2x3 po pc')).toEqual(
        reading({
          dose: { min: 2, max: 2, unit: null },
          route: 'oral',
          frequency: perDay(3),
          when: ['PC'],
        }),
      );
    });
  });

  describe('when the sig is as needed', () => {
    it('reads the reason and the daily maximum', () => {
      expect(parseSig('Ibuprofen 400 mg q6-8h prn pain, max 3 tabs/day')).toEqual(
        reading({
          medication: 'ibuprofen',
          strength: { value: 400, unit: 'mg' },
          dose: { min: 400, max: 400, unit: 'mg' },
          route: 'oral',
          frequency: { count: 1, period: 6, periodUnit: 'h' },
          periodMax: 8,
          asNeeded: true,
          asNeededFor: 'pain',
          maxPerDay: { value: 3, unit: 'tablet' },
        }),
      );
    });

    it('gives no frequency when the text states none', () => {
      expect(parseSig('salbutamol inhaler - 2 puffs when required for wheeze')).toEqual(
        reading({
          medication: 'salbutamol',
          dose: { min: 2, max: 2, unit: 'puff' },
          route: 'inhaled',
          asNeeded: true,
          asNeededFor: 'wheeze',
        }),
      );
    });

    it('does not call an indication on a fixed schedule PRN', () => {
      expect(parseSig('1 tab po q 6 hours for nausea').asNeeded).toBe(false);
    });
  });

  describe('when the sig states a duration or a count', () => {
    it('reads "for N days"', () => {
      expect(parseSig('take 1 tablet by mouth twice daily for 7 days')).toEqual(
        reading({
          dose: ONE_TABLET,
          route: 'oral',
          frequency: perDay(2),
          duration: { value: 7, unit: 'd' },
        }),
      );
    });

    it('reads a number of doses as a count, not a duration', () => {
      expect(parseSig('500 mg po tid x5 doses')).toEqual(
        reading({
          dose: { min: 500, max: 500, unit: 'mg' },
          route: 'oral',
          frequency: perDay(3),
          count: 5,
        }),
      );
    });

    it('ignores a dispensed quantity', () => {
      expect(parseSig('take 1 tablet daily dispense 30 tablets').duration).toBeNull();
    });
  });

  describe('when the sig is a taper', () => {
    it('keeps each phase as a sequential step', () => {
      expect(parseSig('take 2 tablets daily for 3 days then 1 tablet daily for 3 days')).toEqual(
        reading({
          route: 'oral',
          steps: [
            step({
              dose: { min: 2, max: 2, unit: 'tablet' },
              route: 'oral',
              frequency: DAILY,
              duration: { value: 3, unit: 'd' },
            }),
            step({
              dose: ONE_TABLET,
              route: 'oral',
              frequency: DAILY,
              duration: { value: 3, unit: 'd' },
            }),
          ],
          stepsType: 'sequential',
        }),
      );
    });

    it('reads "dose x N days" groups without "then" as phases, once daily', () => {
      const result = parseSig('40mg x 2 days 20mg x 2 days');
      expect(result.steps).toEqual([
        step({
          dose: { min: 40, max: 40, unit: 'mg' },
          frequency: DAILY,
          duration: { value: 2, unit: 'd' },
        }),
        step({
          dose: { min: 20, max: 20, unit: 'mg' },
          frequency: DAILY,
          duration: { value: 2, unit: 'd' },
        }),
      ]);
    });

    it('carries the first phase frequency into later phases', () => {
      const result = parseSig('3 puffs bd for 1 week followed by 2 puffs for 2 weeks');
      expect(result.steps?.map((item) => item.frequency)).toEqual([perDay(2), perDay(2)]);
    });
  });

  describe('when different amounts run side by side', () => {
    it('gives concurrent steps', () => {
      expect(parseSig('take 2 tablets in the morning and 1 tablet at night')).toEqual(
        reading({
          route: 'oral',
          steps: [
            step({
              dose: { min: 2, max: 2, unit: 'tablet' },
              route: 'oral',
              frequency: DAILY,
              when: ['MORN'],
            }),
            step({ dose: ONE_TABLET, route: 'oral', frequency: DAILY, when: ['NIGHT'] }),
          ],
          stepsType: 'concurrent',
        }),
      );
    });
  });

  describe('when the text is unclear', () => {
    it.each(['', '   ', '???', 'use as directed', 'take 1 tablet by mouth'])(
      'flags "%s" as ambiguous',
      (text) => {
        expect(parseSig(text).ambiguous).toBe(true);
      },
    );

    it('returns an all-null reading for empty text', () => {
      expect(parseSig('')).toEqual(reading({ ambiguous: true }));
    });

    it('flags a contradiction and keeps the more specific value', () => {
      expect(parseSig('take 1 tablet twice daily in the evening')).toEqual(
        reading({
          dose: ONE_TABLET,
          route: 'oral',
          frequency: perDay(2),
          when: ['EVE'],
          ambiguous: true,
        }),
      );
    });

    it('never throws on unusual input', () => {
      const inputs = ['\u0000', '1-2-3-4-5-6', 'x'.repeat(5000), '((((', 'then then then', '0-0-0'];
      for (const input of inputs) expect(() => parseSig(input)).not.toThrow();
    });
  });
});
