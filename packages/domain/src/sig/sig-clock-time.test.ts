import { extractClockTimes } from './sig-clock-time';

function times(text: string): string[] {
  return extractClockTimes(text).times.map((item) => item.value);
}

describe('extractClockTimes', () => {
  describe('when the text names clock times', () => {
    it.each([
      ['8:00 am and 2:00 pm', ['08:00', '14:00']],
      ['q 6 pm', ['18:00']],
      ['at 2200 hours', ['22:00']],
      ['at midnight', ['00:00']],
      ['9 am - 5 p', ['09:00', '17:00']],
      ['at 5 in the evening', ['17:00']],
      ['at 0800 and 2000', ['08:00', '20:00']],
      ['12 am', ['00:00']],
      ['every morning at 6', ['06:00']],
      ['each evening at 7:30', ['19:30']],
      ['at 11 every night', ['23:00']],
    ])('reads "%s"', (text, expected) => {
      expect(times(text)).toEqual(expected);
    });
  });

  describe('when numbers are no clock times', () => {
    it.each(['take 2 in the morning', '1 a day', '500 mg q 6 h', 'take 1000 mg'])(
      'reads none in "%s"',
      (text) => {
        expect(times(text)).toEqual([]);
      },
    );
  });
});
