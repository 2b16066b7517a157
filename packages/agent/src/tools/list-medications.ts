import { z } from 'zod';

import { type AgentTool, defineTool } from './agent-tool';
import { describePrescription } from './prescription-description';
import type { ToolDeps } from './tool-deps';

/** Name the model calls. */
export const LIST_MEDICATIONS = 'list_medications';

/** Reply when the user has no active prescription. */
export const NO_MEDICATIONS =
  'You have no medicines saved yet. You can type a prescription to add one.';

/**
 * `list_medications {}`: the user's active prescriptions, oldest first, each with its name
 * and strength, its schedule and safety limits in plain words, and the verbatim instruction.
 */
export function createListMedicationsTool(deps: ToolDeps): AgentTool {
  return defineTool({
    name: LIST_MEDICATIONS,
    description: "Lists the patient's saved medicines with their schedules.",
    input: z.strictObject({}),
    run: async (_input, context) => {
      const active = await deps.prescriptions.listActive(context.userId);
      if (active.length === 0) {
        return { status: 'success', summary: NO_MEDICATIONS, data: { medications: [] } };
      }
      const described = active.map((prescription) => describePrescription(prescription));
      const medications = active.map((prescription, index) => ({
        medication: prescription.medication,
        schedule: described[index]?.schedule.text ?? '',
        instruction: prescription.instructionText,
      }));
      const lines = described.map((item) => `- ${item.line}.`);
      return {
        status: 'success',
        summary: `Your medicines:\n${lines.join('\n')}`,
        data: { medications },
      };
    },
  });
}
