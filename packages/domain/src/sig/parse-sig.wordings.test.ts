import { EMPTY_SIG_STEP } from './empty-sig-step';
import { parseSig } from './parse-sig';
import type { SigReading, SigStep } from './sig-reading';

// Wordings of the kinds of sig that an independent probe corpus found misread; each test uses
// new wordings, not the probe's own text.

function reading(fields: Partial<SigReading>): SigReading {
  return { medication: null, ...EMPTY_SIG_STEP, ...fields };
}

function step(fields: Partial<SigStep>): SigStep {
  return { ...EMPTY_SIG_STEP, ...fields };
}

const tablets = (count: number): SigStep['dose'] => ({ min: count, max: count, unit: 'tablet' });
const perDay = (count: number): SigStep['frequency'] => ({ count, period: 1, periodUnit: 'd' });

describe('parseSig on probe wordings', () => {
  describe('when a scheduled dose comes with an extra dose as needed', () => {
    it.each([
      [
        'take 2 tablets twice daily, may take 1 additional tablet as needed for breakthrough pain',
        2,
        2,
        'breakthrough pain',
      ],
      ['take 1 tablet every day; take another tablet if needed for swelling', 1, 1, 'swelling'],
      ['1 tab bid plus an extra tab prn headache', 1, 2, 'headache'],
    ])('reads "%s" as concurrent scheduled and PRN steps', (text, dose, count, reason) => {
      expect(parseSig(text)).toEqual(
        reading({
          route: 'oral',
          steps: [
            step({ dose: tablets(dose), route: 'oral', frequency: perDay(count) }),
            step({ dose: tablets(1), route: 'oral', asNeeded: true, asNeededFor: reason }),
          ],
          stepsType: 'concurrent',
        }),
      );
    });
  });

  describe('when a time of day and a named meal name one event', () => {
    it.each([
      ['take 1 tablet at night with dinner', 'CV'],
      ['take 1 tablet in the evening before supper', 'ACV'],
      ['take 1 tablet each morning with breakfast', 'CM'],
      ['take 1 tablet at midday after lunch', 'PCD'],
    ] as const)('reads "%s" as once daily %s', (text, code) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: tablets(1), route: 'oral', frequency: perDay(1), when: [code] }),
      );
    });
  });

  describe('when the amount is a mixed number', () => {
    it.each([
      'take 1 and 1/2 tablets at night',
      'take one and a half tablets at night',
      'take 1½ tablets at night',
    ])('reads "%s" as 1.5 tablets', (text) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: tablets(1.5), route: 'oral', frequency: perDay(1), when: ['NIGHT'] }),
      );
    });
  });

  describe('when a word stands between the amount and the form', () => {
    it('keeps the unit of a vaginal tablet and its route', () => {
      expect(parseSig('insert 1 vaginal tablet nightly for 3 nights')).toEqual(
        reading({
          dose: tablets(1),
          route: 'vaginal',
          frequency: perDay(1),
          when: ['NIGHT'],
          duration: { value: 3, unit: 'd' },
        }),
      );
    });

    it.each([
      ['take 1 film-coated tablet daily', tablets(1)],
      ['take 2 soft capsules daily', { min: 2, max: 2, unit: 'capsule' }],
      ['take 1 extended release tablet daily', tablets(1)],
    ])('reads the unit of "%s"', (text, dose) => {
      expect(parseSig(text)).toEqual(reading({ dose, route: 'oral', frequency: perDay(1) }));
    });
  });

  describe('when a non-English verb leads the sig', () => {
    it.each([
      'tomar 2 tabletas cada 12 horas por 5 días',
      'tome 2 tabletas cada 12 horas por 5 días',
    ])('names no medication in "%s"', (text) => {
      expect(parseSig(text)).toEqual(
        reading({
          dose: tablets(2),
          route: 'oral',
          frequency: { count: 1, period: 12, periodUnit: 'h' },
          duration: { value: 5, unit: 'd' },
        }),
      );
    });

    it.each([
      'aplicar 1 gota en cada ojo 2 veces al día',
      'instilar 1 gota en cada ojo 2 veces al día',
    ])('names no medication in "%s"', (text) => {
      expect(parseSig(text)).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'drop' },
          route: 'ophthalmic',
          frequency: perDay(2),
        }),
      );
    });
  });

  describe('when the sig gives a wear, contact or wait time', () => {
    const patch = { min: 1, max: 1, unit: 'patch' };

    it.each([
      'apply 1 patch to the skin once daily; take it off after 10 hours',
      'apply 1 patch once daily, wear for 14 hours then remove',
    ])('reads no duration from "%s"', (text) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: patch, route: 'transdermal', frequency: perDay(1) }),
      );
    });

    it('reads no duration from a contact time', () => {
      expect(
        parseSig('apply to the scalp, leave on for 15 minutes, then rinse, twice weekly'),
      ).toEqual(
        reading({ route: 'topical', frequency: { count: 2, period: 1, periodUnit: 'wk' } }),
      );
    });

    it('reads no duration from a wait between drops', () => {
      expect(
        parseSig('instill 1 drop in each eye three times daily, wait 5 minutes between drops'),
      ).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'drop' },
          route: 'ophthalmic',
          frequency: perDay(3),
        }),
      );
    });
  });

  describe('when a patch is applied without the word topical', () => {
    it('reads the route as transdermal', () => {
      expect(parseSig('apply 1 patch to a hairless area of skin every 7 days')).toEqual(
        reading({
          dose: { min: 1, max: 1, unit: 'patch' },
          route: 'transdermal',
          frequency: { count: 1, period: 7, periodUnit: 'd' },
        }),
      );
    });

    it('keeps topical when the text says topically', () => {
      expect(parseSig('apply 1 patch topically every 72 hours').route).toBe('topical');
    });
  });

  describe('when the text is only a medication name line', () => {
    it.each([
      ['Lisinopril 20 mg', 'lisinopril', null, { value: 20, unit: 'mg' }],
      ['Cefalexin 250 mg capsule', 'cefalexin', 'oral', { value: 250, unit: 'mg' }],
      ['Budesonide Inhaler 200 mcg', 'budesonide', 'inhaled', { value: 200, unit: 'mcg' }],
    ] as const)('reads "%s" as name and strength, flagged ambiguous', (text, name, route, mass) => {
      expect(parseSig(text)).toEqual(
        reading({
          medication: name,
          strength: mass,
          dose: { min: mass.value, max: mass.value, unit: mass.unit },
          route,
          ambiguous: true,
        }),
      );
    });
  });

  describe('when counselling sentences follow the directions', () => {
    it.each([
      'Take 1 tablet once daily. Avoid grapefruit juice. Check liver function monthly.',
      'Take 1 tablet once daily; monitor blood glucose three times a week.',
      'Take 1 tablet once daily. May cause dizziness. Store at room temperature for 30 days.',
      'Shake well. Take 1 tablet once daily. Do not stop suddenly.',
    ])('reads only the dosing in "%s"', (text) => {
      expect(parseSig(text)).toEqual(
        reading({ dose: tablets(1), route: 'oral', frequency: perDay(1) }),
      );
    });

    it('keeps a stated maximum', () => {
      expect(
        parseSig('Take 1 tablet every 8 hours if needed. Do not take more than 3 tablets a day.'),
      ).toEqual(
        reading({
          dose: tablets(1),
          route: 'oral',
          frequency: { count: 1, period: 8, periodUnit: 'h' },
          asNeeded: true,
          maxPerDay: { value: 3, unit: 'tablet' },
        }),
      );
    });

    it('reads the time of day after an "as instructed" sentence', () => {
      expect(parseSig('Taper as instructed. Take in the evening.')).toEqual(
        reading({ frequency: perDay(1), when: ['EVE'], ambiguous: true }),
      );
    });
  });

  describe('when a one-off "x1" loading dose starts a course', () => {
    it('keeps the loading dose as the first sequential step', () => {
      expect(parseSig('3 caps po x1 then 1 cap po bid x 5d')).toEqual(
        reading({
          route: 'oral',
          steps: [
            step({ dose: { min: 3, max: 3, unit: 'capsule' }, route: 'oral', count: 1 }),
            step({
              dose: { min: 1, max: 1, unit: 'capsule' },
              route: 'oral',
              frequency: perDay(2),
              duration: { value: 5, unit: 'd' },
            }),
          ],
          stepsType: 'sequential',
        }),
      );
    });
  });

  describe('when days are named as exceptions', () => {
    it('schedules the other days', () => {
      expect(parseSig('take 1 tablet daily except on saturdays and sundays')).toEqual(
        reading({
          dose: tablets(1),
          route: 'oral',
          frequency: perDay(1),
          dayOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'],
        }),
      );
    });
  });

  describe('when "then take" repeats the amount of the first phase', () => {
    it('keeps both phases', () => {
      expect(
        parseSig('Take 1 capsule twice daily for 2 weeks, then take 1 capsule three times daily'),
      ).toEqual(
        reading({
          route: 'oral',
          steps: [
            step({
              dose: { min: 1, max: 1, unit: 'capsule' },
              route: 'oral',
              frequency: perDay(2),
              duration: { value: 2, unit: 'wk' },
            }),
            step({
              dose: { min: 1, max: 1, unit: 'capsule' },
              route: 'oral',
              frequency: perDay(3),
            }),
          ],
          stepsType: 'sequential',
        }),
      );
    });
  });

  describe('when a slot pattern names its meal', () => {
    it.each([
      ['T. Rabeprazole 20 1-0-0 bbf', 'rabeprazole 20', null, ['ACM']],
      [
        'Tab. Glimepiride 2mg 1-0-0 before breakfast',
        'glimepiride',
        { value: 2, unit: 'mg' },
        ['ACM'],
      ],
      ['Tab. Glimepiride 2mg 0-0-1 after dinner', 'glimepiride', { value: 2, unit: 'mg' }, ['PCV']],
    ] as const)('reads "%s" as the meal code alone', (text, medication, strength, when) => {
      expect(parseSig(text)).toEqual(
        reading({
          medication,
          strength,
          dose: tablets(1),
          route: 'oral',
          frequency: perDay(1),
          when,
        }),
      );
    });
  });

  describe('when the same amount is given at several clock times', () => {
    it('merges them into one timing and drops a meal qualifier FHIR cannot carry beside them', () => {
      expect(parseSig('take 1 tablet at 7 am with food and 1 tablet at 3 pm with food')).toEqual(
        reading({
          dose: tablets(1),
          route: 'oral',
          frequency: perDay(2),
          timesOfDay: ['07:00', '15:00'],
        }),
      );
    });
  });
});
