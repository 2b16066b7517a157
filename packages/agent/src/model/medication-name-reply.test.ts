import { looksLikeMedicationName } from './medication-name-reply';

describe('looksLikeMedicationName', () => {
  describe('when the reply is a medicine name', () => {
    it.each(['Ibuprofen', 'Amlodipine 5 mg', 'Vitamin D3', 'co-amoxiclav', 'Paracetamol.'])(
      'accepts "%s"',
      (text) => {
        expect(looksLikeMedicationName(text)).toBe(true);
      },
    );
  });

  describe('when the reply is a greeting, question or sentence', () => {
    it.each([
      'hello',
      'Hi',
      'ok',
      'thanks',
      'yes',
      'no',
      'I took too many pills',
      'what is it',
      'How?',
      'Aspirin!',
      'my tablets',
      'I feel sick',
      'Amlodipine 5 mg once daily tablets',
      '5 mg',
      '',
    ])('rejects "%s"', (text) => {
      expect(looksLikeMedicationName(text)).toBe(false);
    });
  });
});
