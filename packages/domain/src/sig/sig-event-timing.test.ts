import { extractEventTiming } from './sig-event-timing';

describe('extractEventTiming', () => {
  describe('when the text names times of day', () => {
    it.each([
      ['every morning', ['MORN']],
      ['mane', ['MORN']],
      ['nocte', ['NIGHT']],
      ['at bedtime', ['HS']],
      ['qhs', ['HS']],
      ['first thing in the morning', ['WAKE']],
      ['every night at bedtime', ['HS']],
      ['morning noon evening bedtime', ['MORN', 'NOON', 'EVE', 'HS']],
    ])('reads "%s"', (text, when) => {
      expect(extractEventTiming(text).when).toEqual(when);
    });
  });

  describe('when the text names meals', () => {
    it.each([
      ['with meals', ['C']],
      ['before food', ['AC']],
      ['pc', ['PC']],
      [
        'before breakfast before lunch before evening meal and at bedtime',
        ['ACM', 'ACD', 'ACV', 'HS'],
      ],
      ['pc breakfast lunch dinner', ['PCM', 'PCD', 'PCV']],
      ['in the morning and evening with meals', ['CM', 'CV']],
      ['po pc nocte', ['PCV']],
      ['after meals and at night time', ['PC', 'NIGHT']],
      ['on an empty stomach', []],
    ])('reads "%s"', (text, when) => {
      expect(extractEventTiming(text).when).toEqual(when);
    });
  });

  describe('when a bare am or pm appears', () => {
    it.each([
      ['1 tab po am', ['MORN']],
      ['q pm', ['EVE']],
      ['in the am and in the pm', ['MORN', 'EVE']],
      ['2 caps am', ['MORN']],
    ])('reads "%s" as a time of day in sig shorthand', (text, when) => {
      expect(extractEventTiming(text).when).toEqual(when);
    });

    it.each(['i am in rome', 'am i late', 'we are pm staff'])(
      'reads no time of day in the English "%s"',
      (text) => {
        expect(extractEventTiming(text).when).toEqual([]);
      },
    );
  });
});
