import { splitConcurrentParts, splitRestatement, splitSequentialPhases } from './sig-phase-split';

describe('splitSequentialPhases', () => {
  describe('when the sig has phases', () => {
    it('splits at "then" and "followed by"', () => {
      expect(
        splitSequentialPhases(
          '3 puffs bd for 1 week followed by 2 puffs for 2 weeks then 1 puff thereafter',
        ),
      ).toEqual([
        { text: '3 puffs bd for 1 week', explicit: false },
        { text: '2 puffs for 2 weeks', explicit: true },
        { text: '1 puff', explicit: true },
      ]);
    });

    it('splits "dose x N days" groups without "then"', () => {
      expect(
        splitSequentialPhases('40 mg x 2 days 30 mg x 2 days').map((phase) => phase.text),
      ).toEqual(['40 mg x 2 days', '30 mg x 2 days']);
    });
  });

  describe('when the sig has one phase', () => {
    it('returns it whole', () => {
      expect(splitSequentialPhases('1 tab po bid for 7 days')).toEqual([
        { text: '1 tab po bid for 7 days', explicit: false },
      ]);
    });
  });
});

describe('splitConcurrentParts', () => {
  describe('when different amounts each have their own timing', () => {
    it('splits before each new amount', () => {
      expect(splitConcurrentParts('take 2 tablet every morning and 1 tablet every night')).toEqual([
        'take 2 tablet every morning and',
        '1 tablet every night',
      ]);
    });
  });

  describe('when a later number has no timing of its own', () => {
    it('keeps one part', () => {
      expect(splitConcurrentParts('6 mg po daily ; hold if wbc is less than 15')).toEqual([
        '6 mg po daily ; hold if wbc is less than 15',
      ]);
    });
  });
});

describe('splitRestatement', () => {
  describe('when a second "take" restates a complete clause', () => {
    it('cuts it off', () => {
      expect(splitRestatement('take 1 tablet daily take 1 pill every day in the morning')).toEqual({
        primary: 'take 1 tablet daily',
        restatement: 'take 1 pill every day in the morning',
      });
    });
  });
});

describe('splitRestatement on new phases and added doses', () => {
  describe('when "then take" or an extra PRN dose follows', () => {
    it.each([
      'take 1 capsule bid for 2 weeks , then take 1 capsule tid',
      'take 1 tablet daily ; take 1 tablet extra if needed for swelling',
    ])('keeps "%s" whole', (text) => {
      expect(splitRestatement(text)).toEqual({ primary: text, restatement: null });
    });
  });
});

describe('splitSequentialPhases on labelled and listed phases', () => {
  describe('when phases are labelled "Week N:" or "Days N-M:"', () => {
    it("starts a phase at each label and gives it the label's length", () => {
      expect(splitSequentialPhases('week 1 : 1 cap daily ; week 2 : 1 cap bid')).toEqual([
        { text: '1 cap daily for 1 weeks', explicit: false },
        { text: '1 cap bid for 1 weeks', explicit: true },
      ]);
      expect(splitSequentialPhases('days 1-2 : 4 tabs ; days 3-7 : 2 tabs')).toEqual([
        { text: '4 tabs for 2 days', explicit: false },
        { text: '2 tabs for 5 days', explicit: true },
      ]);
    });
  });

  describe('when the last of a listed taper follows "and"', () => {
    it('keeps it a phase of its own', () => {
      expect(
        splitSequentialPhases('3 tabs on day 1 , 2 tabs on day 2 , and 1 tab on day 3'),
      ).toEqual([
        { text: '3 tabs on day 1', explicit: false },
        { text: ', 2 tabs on day 2', explicit: false },
        { text: ', and 1 tab on day 3', explicit: false },
      ]);
    });
  });
});

describe('splitSequentialPhases on dose changes', () => {
  describe('when "increase to" or "reduce to" names the next dose', () => {
    it.each([
      [
        'inject 0.25 mg weekly ; increase to 0.5 mg weekly after 4 weeks',
        ['inject 0.25 mg weekly for 4 weeks', '0.5 mg weekly'],
      ],
      ['take 2 tabs daily , then reduce to 1 tab daily', ['take 2 tabs daily', '1 tab daily']],
    ])('starts a phase in "%s"', (text, phases) => {
      expect(splitSequentialPhases(text).map((phase) => phase.text)).toEqual(phases);
    });
  });
});
