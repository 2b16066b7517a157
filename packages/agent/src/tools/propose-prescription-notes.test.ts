import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildPrescription } from '../testing/prescription-fixture';
import { buildToolContext } from '../testing/tool-context-fixture';
import { createProposePrescriptionTool, zoneTimeLabel } from './propose-prescription';

const AMLODIPINE = 'Amlodipine 5 mg 1 tablet every morning';

function setup(initial: ConstructorParameters<typeof InMemoryPrescriptionStore>[0] = {}) {
  const prescriptions = new InMemoryPrescriptionStore(initial);
  const tool = createProposePrescriptionTool({
    prescriptions,
    profiles: new InMemoryProfileStore(),
    newId: () => 'rx-new',
  });
  return { prescriptions, tool };
}

describe('zoneTimeLabel', () => {
  describe.each([
    ['Etc/GMT+5', 'UTC−05:00 (fixed, no daylight saving)'],
    ['Asia/Kolkata', 'Asia/Kolkata time'],
    ['UTC', 'UTC time'],
  ])('when the zone is %s', (zone, label) => {
    it(`returns "${label}"`, () => {
      expect(zoneTimeLabel(zone)).toBe(label);
    });
  });
});

describe('propose_prescription notes', () => {
  describe('when the patient already has the medicine saved', () => {
    it('says so in the proposal and still saves the draft', async () => {
      const existing = buildPrescription({ prescriptionId: 'rx-old', medication: 'Amlodipine' });
      const { prescriptions, tool } = setup({ 'user-1': [existing] });
      const { context } = buildToolContext();

      const outcome = await tool.run({ text: AMLODIPINE }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: [
          'Here is what I understood:',
          'Amlodipine 5 mg: 1 tablet every day at 08:00 (Asia/Kolkata time).',
          `Instruction: "${AMLODIPINE}"`,
          'You already have Amlodipine saved: Amlodipine: 1 tablet every day at 08:00 and 20:00 (Asia/Kolkata time). Saving this adds a second one; if it replaces the old one, tell your pharmacist and stop the old one with /stop.',
          'Nothing is saved yet. Please check it and press Confirm to save it. Reminders start once it is saved.',
        ].join('\n'),
        data: {
          kind: 'draftSaved',
          prescriptionId: 'rx-new',
          medication: 'Amlodipine',
          schedule: '1 tablet every day at 08:00 (Asia/Kolkata time)',
          timesPerDay: ['08:00'],
          timeZone: 'Asia/Kolkata',
          asNeeded: false,
          alreadySavedId: 'rx-old',
        },
      });
      expect(prescriptions.allOf('user-1').map((item) => item.status)).toEqual(['active', 'draft']);
    });
  });

  describe('when the zone is a fixed offset', () => {
    it('names the offset plainly instead of the Etc id', async () => {
      const { tool } = setup();
      const { context } = buildToolContext({ timeZone: 'Etc/GMT+5' });

      const outcome = await tool.run({ text: AMLODIPINE }, context);

      expect(outcome.data).toEqual({
        kind: 'draftSaved',
        prescriptionId: 'rx-new',
        medication: 'Amlodipine',
        schedule: '1 tablet every day at 08:00 (UTC−05:00 (fixed, no daylight saving))',
        timesPerDay: ['08:00'],
        timeZone: 'Etc/GMT+5',
        asNeeded: false,
      });
    });
  });
});
