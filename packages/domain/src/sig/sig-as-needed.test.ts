import { extractAsNeeded } from './sig-as-needed';

describe('extractAsNeeded', () => {
  describe('when the text has PRN wording', () => {
    it.each([
      ['1 tab qhs prn po anxiety/sleep', 'anxiety/sleep'],
      ['as needed for shortness of breath or wheezing', 'shortness of breath or wheezing'],
      ['as needed muscle spasms for up to 10 days', 'muscle spasms'],
      ['tk 1 t po qd prn p', 'pain'],
      ['depending on itchy eyes', 'itchy eyes'],
      ['as needed maximum daily dose 8 tablets', null],
      ['as needed for pain instr must last', 'pain'],
      ['1 tab q4h when necessary for cramps', 'cramps'],
      ['1 tab at the onset of migraine', 'migraine'],
      ['2 caps after each loose stool', 'loose stool'],
    ])('reads "%s" with reason %j', (text, reason) => {
      const result = extractAsNeeded(text);
      expect({ asNeeded: result.asNeeded, reason: result.reason }).toEqual({
        asNeeded: true,
        reason,
      });
    });
  });

  describe('when the reason is followed by more fields', () => {
    it.each([
      ['prn for dizziness 14 days', ' 14 days'],
      ['prn itch - mitte 30', ' - mitte 30'],
    ])('ends the reason of "%s" before them and leaves them in the text', (text, rest) => {
      const result = extractAsNeeded(text);
      expect(result.text.endsWith(rest)).toBe(true);
      expect(result.reason).toBe(text.includes('dizziness') ? 'dizziness' : 'itch');
    });
  });

  describe('when an indication has no PRN wording', () => {
    it('is not PRN', () => {
      expect(extractAsNeeded('q 6-8 hours for nausea')).toEqual({
        asNeeded: false,
        reason: null,
        text: 'q 6-8 hours for nausea',
      });
    });
  });
});
