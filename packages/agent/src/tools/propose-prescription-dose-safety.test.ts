import { InMemoryPrescriptionStore } from '../testing/in-memory-prescription-store';
import { InMemoryProfileStore } from '../testing/in-memory-profile-store';
import { buildToolContext } from '../testing/tool-context-fixture';
import { findDoseSafetyConcern } from './dose-safety-check';
import { doseSafetyMessage } from './dose-safety-message';
import { createProposePrescriptionTool } from './propose-prescription';
import { parseSig } from '@ctrl-alt-heal/domain';

function setup() {
  const prescriptions = new InMemoryPrescriptionStore();
  const tool = createProposePrescriptionTool({
    prescriptions,
    profiles: new InMemoryProfileStore(),
    newId: () => 'rx-new',
  });
  return { prescriptions, tool };
}

const dangerous = [
  'Paracetamol 500 mg 2 tablets every hour',
  'Paracetamol 500mg 20 tablets three times a day',
  'Paracetamol 10000 mg daily',
  'Methotrexate 10 mg daily',
  'Methotrexate 2.5 mg 4 tablets daily',
  'Digoxin 250 mg daily',
  'Warfarin 50 mg daily',
  'Levothyroxine 5000 mcg daily',
  'Insulin glargine 500 units at night',
];

const usual: [string, string][] = [
  ['Methotrexate 2.5 mg 4 tablets once weekly on Monday', 'Methotrexate'],
  ['Paracetamol 500 mg 2 tablets four times a day', 'Paracetamol'],
  ['Digoxin 125 mcg daily', 'Digoxin'],
  ['Warfarin 5 mg daily', 'Warfarin'],
];

describe('propose_prescription dose safety', () => {
  describe.each(dangerous)('when the instruction is "%s"', (text) => {
    it('asks to check with the pharmacist and saves nothing', async () => {
      const { prescriptions, tool } = setup();
      const { context, actions } = buildToolContext();
      const reading = parseSig(text);
      const concern = findDoseSafetyConcern(reading, reading.medication ?? '');
      if (concern === null) {
        throw new Error(`no concern for ${text}`);
      }

      const outcome = await tool.run({ text }, context);

      expect(outcome).toEqual({
        status: 'success',
        summary: `Nothing is saved yet. ${doseSafetyMessage(concern)}`,
        data: { kind: 'doseNeedsCheck', concern },
      });
      expect(actions).toEqual([]);
      expect(prescriptions.allOf('user-1')).toEqual([]);
    });
  });

  describe.each(usual)('when the instruction is the usual "%s"', (text, medication) => {
    it('saves a draft with a Confirm button', async () => {
      const { prescriptions, tool } = setup();
      const { context, actions } = buildToolContext();

      await tool.run({ text }, context);

      expect(actions).toEqual([
        { kind: 'confirmPrescription', prescriptionId: 'rx-new', label: `Confirm ${medication}` },
      ]);
      expect(prescriptions.allOf('user-1').map((item) => [item.medication, item.status])).toEqual([
        [medication, 'draft'],
      ]);
    });
  });
});
