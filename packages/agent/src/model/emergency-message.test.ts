import { detectEmergency, type EmergencyKind, emergencyReply } from './emergency-message';

const emergencies: [string, EmergencyKind][] = [
  ['I took too many pills', 'overdose'],
  ['my dad has taken too many of his tablets', 'overdose'],
  ['I think I overdosed', 'overdose'],
  ['I took a double dose of warfarin by mistake', 'overdose'],
  ['my child swallowed my tablets', 'overdose'],
  ['my son ate some of my pills', 'overdose'],
  ['the dog got into my tablets', 'overdose'],
  ['I took 2 doses of methotrexate by mistake', 'overdose'],
  ['I accidentally took my warfarin twice', 'overdose'],
  ['took 20 paracetamol', 'overdose'],
  ['I swallowed 8 tablets', 'overdose'],
  ['I have chest pain', 'chestPain'],
  ['pain in my chest since this morning', 'chestPain'],
  ["I can't breathe", 'breathing'],
  ['trouble breathing after the new tablet', 'breathing'],
  ['my lips are swelling', 'allergicReaction'],
  ['swelling of my tongue', 'allergicReaction'],
  ['I think it is anaphylaxis', 'allergicReaction'],
  ['I want to kill myself', 'suicidalThoughts'],
  ['I have suicidal thoughts', 'suicidalThoughts'],
  ['my wife fainted', 'fainting'],
  ['he is unconscious', 'fainting'],
  ['she is having a seizure', 'seizure'],
  ['I think he is having a stroke', 'stroke'],
  ['his face is drooping and he has slurred speech', 'stroke'],
];

const notEmergencies = [
  'Take 1 tablet twice a day. Do not take a double dose to make up for a missed one.',
  'Stop taking it and see a doctor if you get swelling of the face.',
  'I have too many medicines to keep track of',
  'Amlodipine 5 mg once daily',
  'hello',
  'my daughter took her tablets this morning',
  'I took 5 mg of amlodipine at 8 am',
  'I took 10 days of antibiotics',
  'Do not take an extra dose by mistake.',
  'I take 2 tablets twice a day',
  'we had 6 people over for dinner',
];

describe('detectEmergency', () => {
  describe.each(emergencies)('when the patient writes "%s"', (text, kind) => {
    it(`detects ${kind}`, () => {
      expect(detectEmergency(text)).toBe(kind);
    });
  });

  describe.each(notEmergencies)('when the text is "%s"', (text) => {
    it('detects no emergency', () => {
      expect(detectEmergency(text)).toBeNull();
    });
  });
});

describe('emergencyReply', () => {
  describe('when it is an overdose', () => {
    it('names the emergency number and a poison centre', () => {
      expect(emergencyReply('overdose')).toBe(
        'This could be serious. Please call your local emergency number now (for example 112, 999 or 911) or a poison centre. Keep the medicine box with you. Do not wait for me.',
      );
    });
  });

  describe('when it is chest pain', () => {
    it('says to call the emergency number now and not wait', () => {
      expect(emergencyReply('chestPain')).toBe(
        'This could be an emergency. Please call your local emergency number now (for example 112, 999 or 911). Do not wait for me.',
      );
    });
  });

  describe('when it is suicidal thoughts', () => {
    it('answers kindly and names the emergency number and a crisis line', () => {
      expect(emergencyReply('suicidalThoughts')).toBe(
        'I am sorry you are feeling this way. You are not alone. Please call your local emergency number now (for example 112, 999 or 911) or a crisis line, or ask someone near you for help. Do not wait for me.',
      );
    });
  });
});
