import { isLocalTime, minutesOfDay, shiftLocalTime } from './local-time';

describe('isLocalTime', () => {
  describe('when checking strings', () => {
    it.each([
      ['00:00', true],
      ['23:59', true],
      ['08:30', true],
      ['24:00', false],
      ['8:30', false],
      ['08:60', false],
      ['0830', false],
    ])('says %s is %s', (value, expected) => {
      expect(isLocalTime(value)).toBe(expected);
    });
  });
});

describe('shiftLocalTime', () => {
  describe('when moving a time', () => {
    it.each([
      ['08:00', 30, '08:30'],
      ['08:00', -30, '07:30'],
      ['00:15', -30, '23:45'],
      ['23:45', 30, '00:15'],
      ['12:00', 24 * 60, '12:00'],
    ])('moves %s by %i minutes to %s', (time, minutes, expected) => {
      expect(shiftLocalTime(time, minutes)).toBe(expected);
    });
  });

  describe('when the time is malformed', () => {
    it('throws an Error naming the value', () => {
      expect(() => shiftLocalTime('8am', 5)).toThrow(
        new Error('Not a local time in HH:MM form: 8am'),
      );
    });
  });
});

describe('minutesOfDay', () => {
  describe('when reading a time', () => {
    it('counts minutes since midnight', () => {
      expect([minutesOfDay('00:00'), minutesOfDay('13:45')]).toEqual([0, 825]);
    });

    it('throws an Error for a malformed time', () => {
      expect(() => minutesOfDay('25:00')).toThrow(
        new Error('Not a local time in HH:MM form: 25:00'),
      );
    });
  });
});
