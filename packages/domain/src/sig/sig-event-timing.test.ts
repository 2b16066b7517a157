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

  describe('when a patient names waking or going to bed', () => {
    it.each([
      ['as soon as i wake up', ['WAKE']],
      ['when you get up', ['WAKE']],
      ['in the morning when i wake up', ['WAKE']],
      ['30 minutes before you go to sleep', ['HS']],
    ])('reads "%s"', (text, when) => {
      expect(extractEventTiming(text).when).toEqual(when);
    });
  });

  describe('when am and pm follow a stretch an earlier extractor blanked out', () => {
    it('reads both halves of the day', () => {
      // "twice a day am and pm" after the frequency reader masked "twice a day".
      expect(extractEventTiming(' |          am and pm').when).toEqual(['MORN', 'EVE']);
    });
  });
});
