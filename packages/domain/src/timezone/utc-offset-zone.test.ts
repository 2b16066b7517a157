import { Temporal } from 'temporal-polyfill';
import { resolveUtcOffset } from './utc-offset-zone';

describe('resolveUtcOffset', () => {
  describe('when the text is an offset', () => {
    it.each([
      ['+05:30', '+05:30'],
      ['+0530', '+05:30'],
      ['-03:30', '-03:30'],
      ['−03:30', '-03:30'],
      ['+05:45', '+05:45'],
      ['UTC+5:30', '+05:30'],
      ['gmt+5.45', '+05:45'],
      ['GMT-3', 'Etc/GMT+3'],
      ['UTC+5', 'Etc/GMT-5'],
      ['+14:00', 'Etc/GMT-14'],
      ['-12', 'Etc/GMT+12'],
      ['GMT+0', 'UTC'],
      ['Z', 'UTC'],
    ])('maps "%s" to the zone id %s', (input, timeZone) => {
      expect(resolveUtcOffset(input)).toMatchObject({ kind: 'resolved', timeZone });
    });

    it.each(['+05:30', '-03:30', '+05:45', 'Etc/GMT-5', 'Etc/GMT+12'])(
      'produces a zone id Temporal accepts with the right offset: %s',
      (timeZone) => {
        const zoned = Temporal.Instant.from('2026-06-01T00:00:00Z').toZonedDateTimeISO(timeZone);

        expect(zoned.offset).toBe(
          {
            '+05:30': '+05:30',
            '-03:30': '-03:30',
            '+05:45': '+05:45',
            'Etc/GMT-5': '+05:00',
            'Etc/GMT+12': '-12:00',
          }[timeZone],
        );
      },
    );
  });

  describe('when the offset is out of range', () => {
    it.each(['+15:00', '-13', '+05:60'])('rejects "%s"', (input) => {
      expect(resolveUtcOffset(input)).toEqual({
        kind: 'invalid',
        message: `${input} is not a real UTC offset; offsets run from UTC-12:00 to UTC+14:00.`,
        suggestions: [],
      });
    });
  });

  describe('when the text is not an offset', () => {
    it.each(['London', '5:30', 'UTC+', '+5:3', 'GMT'])('returns null for "%s"', (input) => {
      expect(resolveUtcOffset(input)).toBeNull();
    });
  });
});
