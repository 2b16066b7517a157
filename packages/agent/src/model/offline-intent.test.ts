import type { ConversationMessage } from './conversation-message';
import { detectOfflineIntent, type OfflineIntent, pendingInstructionText } from './offline-intent';

const cases: [string, OfflineIntent][] = [
  ['help', { kind: 'help' }],
  ['/help', { kind: 'help' }],
  ['I live in London.', { kind: 'setTimeZone', zone: 'London' }],
  ['My time zone is Asia/Kolkata', { kind: 'setTimeZone', zone: 'Asia/Kolkata' }],
  [
    'Metformin 500mg 1-0-1 after food',
    { kind: 'proposePrescription', text: 'Metformin 500mg 1-0-1 after food' },
  ],
  [
    'Starting today, ibuprofen 400 mg twice daily',
    { kind: 'proposePrescription', text: 'Starting today, ibuprofen 400 mg twice daily' },
  ],
  ...[
    'Prednisolone 40 mg daily for 5 days then 30 mg daily for 5 days then 20 mg daily for 5 days',
    'Take 2 tablets now then 1 tablet daily for 4 days',
    'Warfarin 5mg Mon Wed Fri and 2.5mg other days',
    'Aspirin 75mg',
  ].map((text): [string, OfflineIntent] => [text, { kind: 'proposePrescription', text }]),
  ['list', { kind: 'listMedications' }],
  ['what are my medicines?', { kind: 'listMedications' }],
  ['doses today', { kind: 'todaysDoses' }],
  ['What do I take?', { kind: 'todaysDoses' }],
  ['hello there', { kind: 'unsupported' }],
  ['I took too many pills', { kind: 'emergency', emergency: 'overdose' }],
  ['help, I have chest pain', { kind: 'emergency', emergency: 'chestPain' }],
  ["My mum can't breathe", { kind: 'emergency', emergency: 'breathing' }],
  ['her lips are swelling up', { kind: 'emergency', emergency: 'allergicReaction' }],
  ['I want to end my life', { kind: 'emergency', emergency: 'suicidalThoughts' }],
  ['he passed out', { kind: 'emergency', emergency: 'fainting' }],
  ['she is having a seizure', { kind: 'emergency', emergency: 'seizure' }],
  ['I think it is a stroke', { kind: 'emergency', emergency: 'stroke' }],
  ['my child swallowed my tablets', { kind: 'emergency', emergency: 'overdose' }],
  ['my son ate some of my pills', { kind: 'emergency', emergency: 'overdose' }],
  ['I took 2 doses of methotrexate by mistake', { kind: 'emergency', emergency: 'overdose' }],
  ['I accidentally took my warfarin twice', { kind: 'emergency', emergency: 'overdose' }],
  ['took 20 paracetamol', { kind: 'emergency', emergency: 'overdose' }],
  ['Is it safe to take ibuprofen with alcohol?', { kind: 'unsupported' }],
];

describe('detectOfflineIntent', () => {
  describe.each(cases)('when the patient types "%s"', (text, expected) => {
    it(`detects ${expected.kind}`, () => {
      expect(detectOfflineIntent(text, [])).toEqual(expected);
    });
  });

  describe('when the last tool result asked for the medicine name', () => {
    const history: ConversationMessage[] = [
      { role: 'user', content: [{ text: 'Take 1 tablet twice daily' }] },
      {
        role: 'assistant',
        content: [
          {
            toolUse: {
              toolUseId: 'offline-1',
              name: 'propose_prescription',
              input: { text: 'Take 1 tablet twice daily' },
            },
          },
        ],
      },
      {
        role: 'user',
        content: [
          {
            toolResult: {
              toolUseId: 'offline-1',
              status: 'success',
              content: [{ text: 'Which medicine?' }, { json: { kind: 'needsMedication' } }],
            },
          },
        ],
      },
      { role: 'assistant', content: [{ text: 'Which medicine?' }] },
    ];

    it('treats a short answer as the name for the earlier text', () => {
      expect(detectOfflineIntent('Amlodipine 5 mg', history)).toEqual({
        kind: 'proposePrescription',
        text: 'Take 1 tablet twice daily',
        medication: 'Amlodipine 5 mg',
      });
    });

    it.each(['Amlodipine 5 mg', 'Vitamin D3', 'co-amoxiclav'])(
      'treats the name "%s" with a strength, digit or hyphen as the name',
      (name) => {
        expect(detectOfflineIntent(name, history)).toEqual({
          kind: 'proposePrescription',
          text: 'Take 1 tablet twice daily',
          medication: name,
        });
      },
    );

    it.each([
      'hello',
      'ok thanks',
      'I do not remember the name of that medicine, sorry',
      'what is it?',
      'I feel dizzy',
    ])('says it still needs the name when the patient sends "%s"', (text) => {
      expect(detectOfflineIntent(text, history)).toEqual({ kind: 'stillNeedsMedicationName' });
    });

    it.each(['cancel', 'stop', 'never mind', 'delete', 'forget it'])(
      'cancels the pending proposal when the patient sends "%s"',
      (text) => {
        expect(detectOfflineIntent(text, history)).toEqual({ kind: 'cancelPending' });
      },
    );

    it.each(["it's paracetamol", 'it is paracetamol', 'the medicine is paracetamol'])(
      'takes the name out of "%s"',
      (text) => {
        expect(detectOfflineIntent(text, history)).toEqual({
          kind: 'proposePrescription',
          text: 'Take 1 tablet twice daily',
          medication: 'paracetamol',
        });
      },
    );

    it('does not take the frequency word "twice" as the name', () => {
      expect(detectOfflineIntent('twice', history)).toEqual({ kind: 'stillNeedsMedicationName' });
    });

    it('waits for no name once the patient has cancelled', () => {
      const cancelled: ConversationMessage[] = [
        ...history,
        { role: 'user', content: [{ text: 'cancel' }] },
        { role: 'assistant', content: [{ text: 'Okay, I have not saved anything.' }] },
      ];

      expect(pendingInstructionText(cancelled)).toBeNull();
    });

    it('answers an emergency rather than taking it as the name', () => {
      expect(detectOfflineIntent('I took too many pills', history)).toEqual({
        kind: 'emergency',
        emergency: 'overdose',
      });
    });

    it('starts over when the patient sends a new instruction', () => {
      expect(detectOfflineIntent('Metformin 500 mg twice daily', history)).toEqual({
        kind: 'proposePrescription',
        text: 'Metformin 500 mg twice daily',
      });
    });
  });

  describe('when two calls in the history share an id', () => {
    function exchange(text: string, kind: string): ConversationMessage[] {
      return [
        { role: 'user', content: [{ text }] },
        {
          role: 'assistant',
          content: [
            { toolUse: { toolUseId: 'offline-21', name: 'propose_prescription', input: { text } } },
          ],
        },
        {
          role: 'user',
          content: [
            {
              toolResult: {
                toolUseId: 'offline-21',
                status: 'success',
                content: [{ text: 'Result' }, { json: { kind } }],
              },
            },
          ],
        },
        { role: 'assistant', content: [{ text: 'Result' }] },
      ];
    }

    it('reads the instruction of the call nearest to the result', () => {
      const history = [
        ...exchange('take 1 tablet twice a day', 'draftSaved'),
        ...exchange('take 3 tablets every morning', 'needsMedication'),
      ];

      expect(pendingInstructionText(history)).toBe('take 3 tablets every morning');
    });
  });
});
