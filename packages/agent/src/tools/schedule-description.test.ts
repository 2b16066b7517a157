import type { DoseSchedule, ScheduledDose } from '@ctrl-alt-heal/domain';

import { describeDose, describeSchedule, joinWords, timesOfPattern } from './schedule-description';

function scheduleOf(doses: ScheduledDose[], endDate: string | null = null): DoseSchedule {
  return {
    timeZone: 'Europe/London',
    startDate: '2026-12-01',
    endDate,
    maxDoses: null,
    phases: [{ days: null, doses }],
  };
}

describe('describeSchedule', () => {
  describe('when a weekly dose has an end date', () => {
    it('names the weekday, the time and the end', () => {
      const description = describeSchedule(
        scheduleOf(
          [
            {
              pattern: { kind: 'weekly', times: ['09:00'], daysOfWeek: ['sun'], everyNWeeks: 1 },
              dose: { min: 70, max: 70, unit: 'mg' },
            },
          ],
          '2027-01-31',
        ),
      );

      expect(description).toEqual({
        text: '70 mg every week on Sunday at 09:00, until 2027-01-31',
        timesPerDay: ['09:00'],
        asNeeded: false,
      });
    });
  });

  describe('when the dose is every 8 hours', () => {
    it('lists the clock times of a day', () => {
      const description = describeSchedule(
        scheduleOf([
          { pattern: { kind: 'interval', firstTime: '06:00', everyHours: 8 }, dose: null },
        ]),
      );

      expect(description).toEqual({
        text: 'every 8 hours from 06:00 (at 06:00, 14:00 and 22:00)',
        timesPerDay: ['06:00', '14:00', '22:00'],
        asNeeded: false,
      });
    });
  });

  describe('when the dose is every hour', () => {
    it('says "every hour", not "every 1 hours"', () => {
      const description = describeSchedule(
        scheduleOf([
          { pattern: { kind: 'interval', firstTime: '20:00', everyHours: 1 }, dose: null },
        ]),
      );

      const times = Array.from(
        { length: 24 },
        (_, index) => `${String((20 + index) % 24).padStart(2, '0')}:00`,
      );
      expect(description).toEqual({
        text: `every hour from 20:00 (at ${times.slice(0, -1).join(', ')} and 19:00)`,
        timesPerDay: [...times].sort(),
        asNeeded: false,
      });
    });
  });
});

describe('describeSchedule with phases', () => {
  describe('when a taper has three phases and a zone label', () => {
    it('names every phase with its length and the zone once', () => {
      const phase = (mg: number): DoseSchedule['phases'][number] => ({
        days: 5,
        doses: [
          {
            pattern: { kind: 'daily', times: ['08:00'], everyNDays: 1 },
            dose: { min: mg, max: mg, unit: 'mg' },
          },
        ],
      });
      const schedule: DoseSchedule = {
        ...scheduleOf([], '2026-12-15'),
        phases: [phase(40), phase(30), phase(20)],
      };

      expect(describeSchedule(schedule, { timeZoneLabel: 'Europe/London time' })).toEqual({
        text: '40 mg every day at 08:00 (Europe/London time) for 5 days, then 30 mg every day at 08:00 for 5 days, then 20 mg every day at 08:00 for 5 days, until 2026-12-15',
        timesPerDay: ['08:00'],
        asNeeded: false,
      });
    });
  });
});

describe('describeDose', () => {
  describe('when the unit is a countable form', () => {
    it('makes it plural above one', () => {
      expect(describeDose({ min: 2, max: 2, unit: 'tablet' })).toBe('2 tablets');
    });
  });

  describe.each([
    [{ min: 2, max: 2, unit: 'puff' }, '2 puffs'],
    [{ min: 10, max: 10, unit: 'unit' }, '10 units'],
    [{ min: 1, max: 1, unit: 'capsule' }, '1 capsule'],
    [{ min: 3, max: 3, unit: 'drop' }, '3 drops'],
    [{ min: 10, max: 10, unit: 'mL' }, '10 mL'],
    [{ min: 2, max: 2, unit: 'sachet' }, '2 sachets'],
  ])('when the dose is %j', (dose, expected) => {
    it(`reads "${expected}"`, () => {
      expect(describeDose(dose)).toBe(expected);
    });
  });

  describe('when there is no unit', () => {
    it('counts doses', () => {
      expect(describeDose({ min: 1, max: 1, unit: null })).toBe('1 dose');
    });
  });
});

describe('timesOfPattern', () => {
  describe('when the interval crosses midnight', () => {
    it('wraps the clock', () => {
      expect(timesOfPattern({ kind: 'interval', firstTime: '20:00', everyHours: 12 })).toEqual([
        '20:00',
        '08:00',
      ]);
    });
  });
});

describe('joinWords', () => {
  describe('when there are three words', () => {
    it('joins with commas and "and"', () => {
      expect(joinWords(['a', 'b', 'c'])).toBe('a, b and c');
    });
  });
});
