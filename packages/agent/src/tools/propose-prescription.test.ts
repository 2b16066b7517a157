import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildToolContext } from '../testing/tool-context-fixture';
import { ToolInputInvalidError } from '../errors/agent-error';
import {
  ASK_MEDICATION_NAME,
  askHowOften,
  askToCheckDose,
  ASK_FREQUENCY,
  zoneNotSetNote,
  createProposePrescriptionTool,
} from './propose-prescription';

const AMOXICILLIN =
  'Amoxicillin 500 mg: Take 1 capsule (500 mg) by mouth three times daily for 7 days, after food.';

function setup() {
  const prescriptions = new InMemoryPrescriptionStore();
  const tool = createProposePrescriptionTool({
    prescriptions,
    profiles: new InMemoryProfileStore(),
    newId: () => 'rx-new',
  });
  return { prescriptions, tool };
}

describe('propose_prescription', () => {
  describe('when the text names the medicine and its timing', () => {
    it("saves a draft in the user's zone starting on their local date and adds a Confirm button", async () => {
      const { prescriptions, tool } = setup();
      // 20:00 UTC is already the next day in Kolkata.
      const { context, actions } = buildToolContext({ now: new Date('2026-12-04T20:00:00Z') });

      const outcome = await tool.run({ text: AMOXICILLIN }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: [
          'Here is what I understood:',
          'Amoxicillin 500 mg: 1 capsule every day at 08:30, 13:30 and 19:30 (Asia/Kolkata time), until 2026-12-11.',
          `Instruction: "${AMOXICILLIN}"`,
          'Nothing is saved yet. Please check it and press Confirm to save it. Reminders start once it is saved.',
        ].join('\n'),
        data: {
          kind: 'draftSaved',
          prescriptionId: 'rx-new',
          medication: 'Amoxicillin',
          schedule:
            '1 capsule every day at 08:30, 13:30 and 19:30 (Asia/Kolkata time), until 2026-12-11',
          timesPerDay: ['08:30', '13:30', '19:30'],
          timeZone: 'Asia/Kolkata',
          asNeeded: false,
        },
      });
      expect(actions).toEqual([
        { kind: 'confirmPrescription', prescriptionId: 'rx-new', label: 'Confirm Amoxicillin' },
      ]);
      expect(prescriptions.allOf('user-1')).toMatchObject([
        {
          prescriptionId: 'rx-new',
          medication: 'Amoxicillin',
          instructionText: AMOXICILLIN,
          status: 'draft',
          source: 'text',
          createdAt: '2026-12-04T20:00:00.000Z',
          schedule: { timeZone: 'Asia/Kolkata', startDate: '2026-12-05', endDate: '2026-12-11' },
        },
      ]);
    });
  });

  describe('when the medicine name given is "never mind"', () => {
    it('cancels and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context, actions } = buildToolContext();

      const outcome = await tool.run(
        { text: 'Take 1 tablet twice daily', medication: 'never mind' },
        context,
      );

      expect(outcome).toEqual({
        status: 'success',
        summary: 'Okay, I have not saved anything.',
        data: { kind: 'cancelled' },
      });
      expect(actions).toEqual([]);
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the medicine is taken only when needed', () => {
    it('says there will be no fixed reminders', async () => {
      const { tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run(
        { text: 'Paracetamol 500mg 1-2 tablets every 4-6 hours as needed for pain' },
        context,
      );

      expect(outcome.summary).toBe(
        [
          'Here is what I understood:',
          'Paracetamol 500 mg: 1 to 2 tablets only when needed for pain, at least 4 hours apart.',
          'Instruction: "Paracetamol 500mg 1-2 tablets every 4-6 hours as needed for pain"',
          'Nothing is saved yet. Please check it and press Confirm to save it. It is taken only when needed, so there will be no fixed reminders.',
        ].join('\n'),
      );
      expect(outcome.data).toMatchObject({ timesPerDay: [], asNeeded: true });
    });
  });

  describe('when the text names no medicine', () => {
    it('asks for the name and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context, actions } = buildToolContext();

      const outcome = await tool.run(
        { text: 'Take 1 capsule by mouth three times daily for 7 days, after food.' },
        context,
      );

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. ${ASK_MEDICATION_NAME}`,
        data: { kind: 'needsMedication' },
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
      expect(actions).toEqual([]);
    });
  });

  describe('when the medicine is given separately', () => {
    it('uses that name', async () => {
      const { tool } = setup();
      const { actions, context } = buildToolContext();

      await tool.run(
        { text: 'Take 1 capsule three times daily for 7 days', medication: ' amoxicillin ' },
        context,
      );

      expect(actions).toEqual([
        { kind: 'confirmPrescription', prescriptionId: 'rx-new', label: 'Confirm Amoxicillin' },
      ]);
    });
  });

  describe('when the timing is missing', () => {
    it('returns the questions and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run({ text: 'Amoxicillin 500 mg capsule' }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. ${askHowOften('Amoxicillin')}`,
        data: { kind: 'needsTiming' },
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the input carries a user id', () => {
    it('throws ToolInputInvalidError and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context } = buildToolContext();

      const run = tool.run({ text: AMOXICILLIN, userId: 'user-2' }, context);

      await expect(run).rejects.toThrow(ToolInputInvalidError);
      await expect(run).rejects.toThrow(
        'invalid input for tool propose_prescription: (input): Unrecognized key: "userId"',
      );
      expect(prescriptions.allOf('user-1')).toEqual([]);
      expect(prescriptions.allOf('user-2')).toEqual([]);
    });
  });

  describe('always', () => {
    it('offers a schema without any user, bucket, key or table argument', () => {
      const { tool } = setup();

      expect(tool.spec.inputSchema).toMatchObject({
        type: 'object',
        properties: {
          text: { type: 'string', minLength: 1, maxLength: 2000 },
          medication: { type: 'string', minLength: 1, maxLength: 100 },
        },
        required: ['text'],
        additionalProperties: false,
      });
      expect(Object.keys(tool.spec.inputSchema.properties ?? {})).toEqual(['text', 'medication']);
    });
  });

  describe('when the text is a taper or a stepped instruction', () => {
    it('proposes a prednisolone taper as three phases', async () => {
      const { prescriptions, tool } = setup();
      const { context } = buildToolContext({ now: new Date('2026-12-04T04:00:00Z') });
      const text =
        'Prednisolone 40 mg daily for 5 days then 30 mg daily for 5 days then 20 mg daily for 5 days';

      const outcome = await tool.run({ text }, context);

      expect(outcome.data).toEqual({
        kind: 'draftSaved',
        prescriptionId: 'rx-new',
        medication: 'Prednisolone',
        schedule:
          '40 mg every day at 08:00 (Asia/Kolkata time) for 5 days, then 30 mg every day at 08:00 for 5 days, then 20 mg every day at 08:00 for 5 days, until 2026-12-19',
        timesPerDay: ['08:00'],
        timeZone: 'Asia/Kolkata',
        asNeeded: false,
      });
      expect(prescriptions.allOf('user-1').map((item) => item.schedule.phases.length)).toEqual([3]);
    });

    it('proposes warfarin on alternating weekdays', async () => {
      const { tool } = setup();
      const { context } = buildToolContext({ now: new Date('2026-12-04T04:00:00Z') });

      const outcome = await tool.run(
        { text: 'Warfarin 5mg Mon Wed Fri and 2.5mg other days' },
        context,
      );

      expect(outcome.data).toEqual({
        kind: 'draftSaved',
        prescriptionId: 'rx-new',
        medication: 'Warfarin',
        schedule:
          '5 mg every week on Monday, Wednesday and Friday at 08:00 and 2.5 mg every week on Tuesday, Thursday, Saturday and Sunday at 08:00 (Asia/Kolkata time)',
        timesPerDay: ['08:00'],
        timeZone: 'Asia/Kolkata',
        asNeeded: false,
      });
    });

    it('passes on the question about a loading dose', async () => {
      const { prescriptions, tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run(
        { text: 'Take 2 tablets now then 1 tablet daily for 4 days', medication: 'Amoxicillin' },
        context,
      );

      expect(outcome).toEqual({
        status: 'success',
        summary:
          'Nothing is saved yet. I need to check something first:\n- This is a single dose; when should it be taken?',
        data: {
          kind: 'needsClarification',
          questions: ['This is a single dose; when should it be taken?'],
        },
      });
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the text has a dose but says nothing about timing', () => {
    it('asks how often to take it and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run({ text: 'Aspirin 75mg' }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. ${askHowOften('Aspirin')}`,
        data: { kind: 'needsTiming' },
      });
      expect(askHowOften('Aspirin')).toBe(
        'How often should Aspirin be taken, and at what time of day? Please send the whole instruction again, for example "Aspirin, 1 tablet every morning".',
      );
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe('when the dose cannot be right', () => {
    it.each([
      ['Paracetamol 0 tab daily', '0 tablets', { min: 0, max: 0, unit: 'tablet' }],
      ['Lactulose 150 ml twice daily', '150 mL', { min: 150, max: 150, unit: 'mL' }],
      ['Metformin 50000 mg daily', '50000 mg', { min: 50000, max: 50000, unit: 'mg' }],
    ])('asks the patient to check "%s" and saves nothing', async (text, amount, dose) => {
      const { prescriptions, tool } = setup();
      const { context, actions } = buildToolContext();

      const outcome = await tool.run({ text }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. ${askToCheckDose(amount)}`,
        data: { kind: 'implausibleDose', dose },
      });
      expect(askToCheckDose('0 tablets')).toBe(
        'The dose looks unusual to me (0 tablets each time), so I have not saved it. Please check the prescription or ask your pharmacist, then send the instruction again.',
      );
      expect(prescriptions.allOf('user-1')).toEqual([]);
      expect(actions).toEqual([]);
    });
  });

  describe('when the proposal carries safety facts', () => {
    it('shows the strength, plural puffs, the shortest gap and the daily maximum', async () => {
      const { tool } = setup();
      const { context } = buildToolContext();
      const text =
        'Salbutamol 100 mcg 2 puffs every 4 hours as needed for wheeze, max 8 puffs in 24 hours';

      const outcome = await tool.run({ text }, context);

      expect(outcome.summary).toBe(
        [
          'Here is what I understood:',
          'Salbutamol 100 mcg: 2 puffs only when needed for wheeze, at least 4 hours apart, no more than 8 puffs in 24 hours.',
          `Instruction: "${text}"`,
          'Nothing is saved yet. Please check it and press Confirm to save it. It is taken only when needed, so there will be no fixed reminders.',
        ].join('\n'),
      );
    });

    it('title-cases a lower-case name without breaking "Vitamin D" and counts units', async () => {
      const { tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run({ text: 'vitamin d 1000 units daily' }, context);

      expect(outcome.summary.split('\n')[1]).toBe(
        'Vitamin D: 1000 units every day at 08:00 (Asia/Kolkata time).',
      );
    });
  });

  describe('when the patient has not set a time zone', () => {
    it('says the times are in the default zone for now and how to set theirs', async () => {
      const { tool } = setup();
      const { context } = buildToolContext({ timeZone: 'UTC', timeZoneIsUsers: false });
      const text = 'Insulin glargine 10 units at night';

      const outcome = await tool.run({ text }, context);

      expect(outcome.summary).toBe(
        [
          'Here is what I understood:',
          'Insulin glargine: 10 units every day at 21:00 (UTC time).',
          `Instruction: "${text}"`,
          'These times are UTC for now, because you have not set your time zone. To set it, send /timezone Europe/London or "my time zone is Europe/London".',
          'Nothing is saved yet. Please check it and press Confirm to save it. Reminders start once it is saved.',
        ].join('\n'),
      );
      expect(zoneNotSetNote('UTC')).toBe(outcome.summary.split('\n')[3]);
    });
  });

  describe('when the frequency cannot be used', () => {
    it('asks how often in plain words instead of quoting the numbers', async () => {
      const { tool } = setup();
      const { context } = buildToolContext();

      const outcome = await tool.run({ text: 'Aspirin 1 tablet every 0 hours' }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. I need to check something first:\n- ${ASK_FREQUENCY}`,
        data: { kind: 'needsClarification', questions: [ASK_FREQUENCY] },
      });
    });
  });
});
