import { fixedOffsetLabel, isFixedOffsetZone } from './fixed-offset-label';

describe('fixedOffsetLabel', () => {
  describe('when the zone is a fixed offset', () => {
    it.each([
      ['Etc/GMT+5', 'UTC\u221205:00 (fixed, no daylight saving)'],
      ['Etc/GMT-5', 'UTC+05:00 (fixed, no daylight saving)'],
      ['etc/gmt+12', 'UTC\u221212:00 (fixed, no daylight saving)'],
      ['+05:45', 'UTC+05:45 (fixed, no daylight saving)'],
      ['-03:30', 'UTC\u221203:30 (fixed, no daylight saving)'],
      ['EST', 'UTC\u221205:00 (fixed, no daylight saving)'],
      ['UTC', 'UTC (fixed, no daylight saving)'],
      ['Etc/UTC', 'UTC (fixed, no daylight saving)'],
      ['GMT', 'UTC (fixed, no daylight saving)'],
      ['Etc/GMT+0', 'UTC (fixed, no daylight saving)'],
    ])('labels %s as "%s"', (timeZone, label) => {
      expect(fixedOffsetLabel(timeZone)).toBe(label);
    });
  });

  describe('when the zone follows a region’s clock or is unknown', () => {
    it.each(['Europe/London', 'Asia/Kathmandu', 'America/Phoenix', 'EST5EDT', 'Etc/GMT+99', ''])(
      'gives null for "%s"',
      (timeZone) => {
        expect([fixedOffsetLabel(timeZone), isFixedOffsetZone(timeZone)]).toEqual([null, false]);
      },
    );
  });
});
