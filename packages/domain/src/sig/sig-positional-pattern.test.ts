import { extractPositionalPattern, extractTimesPerDayPattern } from './sig-positional-pattern';

describe('extractPositionalPattern', () => {
  describe('when the clause holds a slot pattern', () => {
    it.each([
      [
        '1-0-1',
        [
          { amount: 1, when: 'MORN' },
          { amount: 1, when: 'NIGHT' },
        ],
      ],
      [
        '1-0-1 after food',
        [
          { amount: 1, when: 'PCM' },
          { amount: 1, when: 'PCV' },
        ],
      ],
      ['1 - 0 - 0 before meals', [{ amount: 1, when: 'ACM' }]],
      [
        '1-1-0-1 after food',
        [
          { amount: 1, when: 'PCM' },
          { amount: 1, when: 'PCD' },
          { amount: 1, when: 'PCV' },
        ],
      ],
      [
        '1-0-0-1 ac',
        [
          { amount: 1, when: 'ACM' },
          { amount: 1, when: 'HS' },
        ],
      ],
      ['0-0-0-1', [{ amount: 1, when: 'NIGHT' }]],
    ])('reads "%s"', (text, doses) => {
      expect(extractPositionalPattern(text)?.doses).toEqual(doses);
    });
  });

  describe('when the clause holds no slot pattern', () => {
    it.each(['1-2 tablets', 'q 4-6 h', '0-0-0', '10-20-30'])('returns null for "%s"', (text) => {
      expect(extractPositionalPattern(text)).toBeNull();
    });
  });
});

describe('extractTimesPerDayPattern', () => {
  describe('when the clause starts with NxM', () => {
    it('reads dose N, M times a day', () => {
      expect(extractTimesPerDayPattern('1 x 3 po pc')).toEqual({
        amount: 1,
        timesPerDay: 3,
        text: ' |    po pc',
      });
    });
  });

  describe('when x introduces a duration or a count', () => {
    it.each(['5 ml x 1 day', 'take 1 tab x 5 days', '1 x 5 doses'])(
      'returns null for "%s"',
      (text) => {
        expect(extractTimesPerDayPattern(text)).toBeNull();
      },
    );
  });
});
