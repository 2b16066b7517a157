import { runTurn, streamTurn } from '../loop/run-turn';
import type { AgentDeps, TurnEvent, TurnInput } from '../loop/turn-types';
import { InMemoryConversationStore } from '../testing/in-memory-conversation-store';
import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildPrescription } from '../testing/prescription-fixture';
import { createAgentTools } from '../tools/create-agent-tools';
import { ASK_MEDICATION_NAME, askHowOften } from '../tools/propose-prescription';
import { CANCELLED_REPLY } from './cancel-reply';
import { emergencyReply } from './emergency-message';
import { HELP_TEXT } from './help-text';
import { OfflineModel } from './offline-model';
import {
  OFFLINE_HELP,
  OFFLINE_STILL_NEEDS_MEDICATION_NAME,
  OFFLINE_UNSUPPORTED,
} from './offline-replies';

const AMOXICILLIN =
  'Amoxicillin 500 mg: Take 1 capsule (500 mg) by mouth three times daily for 7 days, after food.';

function setup(initial: ConstructorParameters<typeof InMemoryPrescriptionStore>[0] = {}) {
  const prescriptions = new InMemoryPrescriptionStore(initial);
  const profiles = new InMemoryProfileStore();
  const conversations = new InMemoryConversationStore();
  let nextId = 0;
  const deps: AgentDeps = {
    model: new OfflineModel(),
    tools: createAgentTools({ prescriptions, profiles, newId: () => `rx-${++nextId}` }),
    conversations,
  };
  const turn = (text: string): TurnInput => ({
    user: { userId: 'user-1', timeZone: 'Asia/Kolkata' },
    text,
    now: new Date('2026-12-04T04:30:00Z'),
  });
  return { prescriptions, profiles, conversations, deps, turn };
}

describe('OfflineModel', () => {
  describe('when the patient types a prescription', () => {
    it('proposes it with the medication, the daily times and a Confirm button', async () => {
      const { deps, turn, prescriptions } = setup();

      const result = await runTurn(turn(AMOXICILLIN), deps);

      expect(result).toEqual({
        text: [
          'Here is what I understood:',
          'Amoxicillin 500 mg: 1 capsule every day at 08:30, 13:30 and 19:30 (Asia/Kolkata time), until 2026-12-11.',
          `Instruction: "${AMOXICILLIN}"`,
          'Nothing is saved yet. Please check it and press Confirm to save it. Reminders start once it is saved.',
        ].join('\n'),
        actions: [
          { kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm Amoxicillin' },
        ],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 1,
        modelId: 'offline',
      });
      expect(prescriptions.allOf('user-1').map((item) => item.status)).toEqual(['draft']);
    });
  });

  describe('when the prescription names no medicine', () => {
    it('asks for the name and proposes it once the patient answers', async () => {
      const { deps, turn } = setup();

      const first = await runTurn(
        turn('Take 1 capsule (500 mg) by mouth three times daily for 7 days, after food.'),
        deps,
      );
      const second = await runTurn(turn('Amoxicillin'), deps);

      expect(first).toMatchObject({
        text: `Nothing is saved yet. ${ASK_MEDICATION_NAME}`,
        actions: [],
      });
      expect(second.actions).toEqual([
        { kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm Amoxicillin' },
      ]);
      expect(second.text).toBe(
        [
          'Here is what I understood:',
          'Amoxicillin 500 mg: 1 capsule every day at 08:30, 13:30 and 19:30 (Asia/Kolkata time), until 2026-12-11.',
          'Instruction: "Take 1 capsule (500 mg) by mouth three times daily for 7 days, after food."',
          'Nothing is saved yet. Please check it and press Confirm to save it. Reminders start once it is saved.',
        ].join('\n'),
      );
    });
  });

  describe('when a long conversation has filled the history window', () => {
    it('attaches a later medicine name to the instruction it answers, not an older one', async () => {
      const { deps, turn, prescriptions } = setup();
      for (let index = 0; index < 15; index += 1) {
        await runTurn(turn('help'), deps);
      }
      await runTurn(turn('take 1 tablet twice a day'), deps);
      await runTurn(turn('Paracetamol'), deps);

      const question = await runTurn(turn('take 3 tablets every morning'), deps);
      const answer = await runTurn(turn('Ibuprofen'), deps);

      expect(question.text).toBe(`Nothing is saved yet. ${ASK_MEDICATION_NAME}`);
      expect(answer.actions).toEqual([
        { kind: 'confirmPrescription', prescriptionId: 'rx-2', label: 'Confirm Ibuprofen' },
      ]);
      expect(
        prescriptions.allOf('user-1').map(({ medication, instructionText, status }) => ({
          medication,
          instructionText,
          status,
        })),
      ).toEqual([
        {
          medication: 'Paracetamol',
          instructionText: 'take 1 tablet twice a day',
          status: 'draft',
        },
        {
          medication: 'Ibuprofen',
          instructionText: 'take 3 tablets every morning',
          status: 'draft',
        },
      ]);
    });

    it('gives each tool call its own id', async () => {
      const { deps, turn, conversations } = setup();
      for (let index = 0; index < 12; index += 1) {
        await runTurn(turn('today'), deps);
      }

      const ids = (await conversations.loadRecent('user-1', 100)).flatMap((message) =>
        message.content.flatMap((block) => ('toolUse' in block ? [block.toolUse.toolUseId] : [])),
      );

      expect(ids).toHaveLength(12);
      expect(new Set(ids).size).toBe(12);
    });
  });

  describe('when the patient answers "which medicine?" with a greeting', () => {
    it('saves nothing and says it still needs the name', async () => {
      const { deps, turn, prescriptions } = setup();
      await runTurn(turn('take 1 tablet twice a day'), deps);

      const result = await runTurn(turn('hello'), deps);

      expect(result).toEqual({
        text: OFFLINE_STILL_NEEDS_MEDICATION_NAME,
        actions: [],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 0,
        modelId: 'offline',
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the patient answers "which medicine?" with "cancel"', () => {
    it('says nothing was saved and takes no later reply as the name', async () => {
      const { deps, turn, prescriptions } = setup();
      await runTurn(turn('take 1 tablet twice a day'), deps);

      const cancelled = await runTurn(turn('cancel'), deps);
      await runTurn(turn('Amoxicillin'), deps);

      expect(cancelled).toEqual({
        text: CANCELLED_REPLY,
        actions: [],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 0,
        modelId: 'offline',
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the patient describes an emergency', () => {
    it('tells them to call the emergency number or a poison centre, with no tool', async () => {
      const { deps, turn, prescriptions } = setup();
      await runTurn(turn('take 1 tablet twice a day'), deps);

      const result = await runTurn(turn('I took too many pills'), deps);

      expect(result).toEqual({
        text: emergencyReply('overdose'),
        actions: [],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 0,
        modelId: 'offline',
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the patient types a taper', () => {
    it('proposes it with a Confirm button instead of refusing it', async () => {
      const { deps, turn } = setup();

      const result = await runTurn(
        turn(
          'Prednisolone 40 mg daily for 5 days then 30 mg daily for 5 days then 20 mg daily for 5 days',
        ),
        deps,
      );

      expect(result).toMatchObject({
        actions: [
          { kind: 'confirmPrescription', prescriptionId: 'rx-1', label: 'Confirm Prednisolone' },
        ],
        toolRounds: 1,
      });
    });
  });

  describe('when the patient types a medicine and dose with no timing', () => {
    it('asks how often to take it', async () => {
      const { deps, turn } = setup();

      const result = await runTurn(turn('Aspirin 75mg'), deps);

      expect(result).toEqual({
        text: `Nothing is saved yet. ${askHowOften('Aspirin')}`,
        actions: [],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 1,
        modelId: 'offline',
      });
    });
  });

  describe('when the message is longer than the tool accepts', () => {
    it('says so in plain words, without the validator text', async () => {
      const { deps, turn, conversations } = setup();
      const long = `${AMOXICILLIN} ${'Keep out of the reach of children. '.repeat(60)}`;

      const result = await runTurn(turn(long), deps);

      expect(result).toEqual({
        text: 'That is too long for me to read in one go. Please send just the instruction for one medicine.',
        actions: [],
        usage: { inputTokens: 0, outputTokens: 0 },
        toolRounds: 1,
        modelId: 'offline',
      });
      const [block] = conversations.messagesOf('user-1')[2]?.content ?? [];
      const stored = block !== undefined && 'toolResult' in block ? block.toolResult : null;
      expect(stored?.content).toEqual([
        {
          text: 'The input was not valid: text: Too big: expected string to have <=2000 characters. Do not show this text to the patient; say in plain words what to send instead.',
        },
        { json: { kind: 'invalidInput', reason: 'tooLong' } },
      ]);
    });
  });

  describe('when the patient asks for their medications', () => {
    it('lists them', async () => {
      const { deps, turn } = setup({ 'user-1': [buildPrescription()] });

      const result = await runTurn(turn('Show my medications please'), deps);

      expect(result.text).toBe(
        'Your medicines:\n- Metformin: 1 tablet every day at 08:00 and 20:00.',
      );
    });
  });

  describe('when the patient asks what to take today', () => {
    it("lists today's doses in their zone", async () => {
      const { deps, turn } = setup({ 'user-1': [buildPrescription()] });

      const result = await runTurn(turn('What do I take today?'), deps);

      expect(result.text).toBe(
        [
          'Today (2026-12-04):',
          '- 08:00 Metformin, 1 tablet (earlier today)',
          '- 20:00 Metformin, 1 tablet',
        ].join('\n'),
      );
    });
  });

  describe('when the patient says where they live', () => {
    it('sets the time zone in their profile', async () => {
      const { deps, turn, profiles } = setup();

      const result = await runTurn(turn('I live in London'), deps);

      expect(result.text).toBe(
        'Thank you. Your time zone is now London, United Kingdom (Europe/London). Times and reminders will follow your local clock.',
      );
      expect((await profiles.get('user-1'))?.timeZone).toBe('Europe/London');
    });
  });

  describe('when the zone is ambiguous', () => {
    it('passes the question on and stores nothing', async () => {
      const { deps, turn, profiles } = setup();

      const result = await runTurn(turn('My time zone is IST'), deps);

      expect(result.text).toMatch(
        /^Sorry, that did not work\. IST is used for more than one time zone\. Which one do you mean\?\n- /,
      );
      expect(await profiles.get('user-1')).toBeNull();
    });
  });

  describe('when the patient has a fixed-offset zone', () => {
    it("lists today's doses on that clock", async () => {
      const { deps, turn } = setup({ 'user-1': [buildPrescription()] });

      const result = await runTurn(
        { ...turn('today'), user: { userId: 'user-1', timeZone: '+05:30' } },
        deps,
      );

      expect(result.text).toBe(
        [
          'Today (2026-12-04):',
          '- 08:00 Metformin, 1 tablet (earlier today)',
          '- 20:00 Metformin, 1 tablet',
        ].join('\n'),
      );
    });
  });

  describe('when the patient asks for help', () => {
    it('answers with the help text and no tool', async () => {
      const { deps, turn } = setup();

      const result = await runTurn(turn('help'), deps);

      expect(result).toMatchObject({ text: HELP_TEXT, toolRounds: 0 });
    });
  });

  describe('when the patient asks something only the online model can answer', () => {
    it('says plainly what it cannot do offline and what it can', async () => {
      const { deps, turn } = setup();

      const result = await runTurn(turn('Can I drink coffee with metformin?'), deps);

      expect(result).toMatchObject({ text: OFFLINE_UNSUPPORTED, toolRounds: 0 });
      expect(OFFLINE_UNSUPPORTED).toContain(
        'cannot answer questions about medicines or read photos and PDFs',
      );
    });
  });

  describe('when the request offers no tools', () => {
    it('answers in text instead of calling one', async () => {
      const { deps, turn } = setup();

      const result = await runTurn(turn(AMOXICILLIN), { ...deps, tools: [] });

      expect(result).toMatchObject({ text: OFFLINE_UNSUPPORTED, toolRounds: 0 });
    });
  });

  describe('when streaming', () => {
    it('yields the reply text and then the result', async () => {
      const { deps, turn } = setup();
      const events: TurnEvent[] = [];

      for await (const event of streamTurn(turn('help'), deps)) {
        events.push(event);
      }

      expect(events).toEqual([
        { kind: 'textDelta', text: OFFLINE_HELP },
        {
          kind: 'result',
          result: {
            text: OFFLINE_HELP,
            actions: [],
            usage: { inputTokens: 0, outputTokens: 0 },
            toolRounds: 0,
            modelId: 'offline',
          },
        },
      ]);
    });
  });
});
