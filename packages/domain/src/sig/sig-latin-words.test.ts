import { translateLatinSigWords } from './sig-latin-words';

describe('translateLatinSigWords', () => {
  describe('when the text uses a dotted Latin abbreviation', () => {
    it.each([
      ['temazepam 10 mg o.n.', 'temazepam 10 mg  nocte '],
      ['1 cap o. m.', '1 cap  mane '],
      ['1 tab q.q.h. prn', '1 tab  q4h  prn'],
      ['2 mg alt. dieb.', '2 mg  every other day '],
    ])('rewrites "%s"', (text, expected) => {
      expect(translateLatinSigWords(text)).toBe(expected);
    });
  });

  describe('when "on" closes the sig after an amount', () => {
    it('reads it as omni nocte', () => {
      expect(translateLatinSigWords('melatonin 3 mg on')).toBe('melatonin 3 mg nocte');
    });
  });

  describe('when the words are plain English or two-way', () => {
    it.each([['take 1 on waking'], ['2 drops a.d. bid'], ['on days 1 to 5 take 2']])(
      'leaves "%s" alone',
      (text) => {
        expect(translateLatinSigWords(text)).toBe(text);
      },
    );
  });
});
