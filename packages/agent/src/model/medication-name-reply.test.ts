import { looksLikeMedicationName, medicationNameFromReply } from './medication-name-reply';

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
      'twice',
      'once daily',
      '',
    ])('rejects "%s"', (text) => {
      expect(looksLikeMedicationName(text)).toBe(false);
    });
  });
});

describe('medicationNameFromReply', () => {
  describe('when the reply leads in to the name', () => {
    it.each([
      ["it's paracetamol", 'paracetamol'],
      ['it is paracetamol', 'paracetamol'],
      ['the medicine is paracetamol.', 'paracetamol'],
      ['Amlodipine 5 mg', 'Amlodipine 5 mg'],
    ])('reads "%s" as "%s"', (text, name) => {
      expect(medicationNameFromReply(text)).toBe(name);
    });
  });

  describe('when the reply is not a name', () => {
    it.each(['twice', 'it is twice a day', 'hello'])('returns null for "%s"', (text) => {
      expect(medicationNameFromReply(text)).toBeNull();
    });
  });
});
