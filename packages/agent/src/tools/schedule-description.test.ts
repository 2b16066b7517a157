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
});

describe('describeDose', () => {
  describe('when the unit is a countable form', () => {
    it('makes it plural above one', () => {
      expect(describeDose({ min: 2, max: 2, unit: 'tablet' })).toBe('2 tablets');
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
