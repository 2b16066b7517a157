import { isNonInstruction } from './sig-instruction-gate';
import { normalizeSigText } from './sig-text-normalizer';

function gate(text: string): boolean {
  return isNonInstruction(text, normalizeSigText(text));
}

describe('isNonInstruction', () => {
  describe('when the text is a question', () => {
    it.each([
      ['which zone am I in'],
      ['how often do I use this'],
      ['can I take 2 tabs twice a day?'],
      ['when should I take my pill'],
      ['is it ok to take with food'],
    ])('flags "%s"', (text) => {
      expect(gate(text)).toBe(true);
    });
  });

  describe('when a plain sentence has no dosing wording', () => {
    it.each([
      ['I am in Paris'],
      ['as soon as you can'],
      ['in a minute'],
      ['ok thanks'],
      ['the nurse said stat'],
      ['she made a bid at the auction'],
      ['it was an sos call'],
      ['is od a word'],
    ])('flags "%s"', (text) => {
      expect(gate(text)).toBe(true);
    });
  });

  describe('when the text reports what happened', () => {
    it.each([['i forgot my tablet last night'], ['we missed the evening dose']])(
      'flags "%s"',
      (text) => {
        expect(gate(text)).toBe(true);
      },
    );
  });

  describe('when the text is a dosing instruction', () => {
    it.each([
      ['when needed take 1 for pain'],
      ['i take 2 tabs in the am'],
      ['q.o.d.'],
      ['fortnightly'],
      ['do not exceed 4 in 24 hours'],
      ['one puff twice a day'],
      ['qhs'],
      ['atenolol every morning'],
      ['folic acid daily'],
    ])('passes "%s"', (text) => {
      expect(gate(text)).toBe(false);
    });
  });
});
