import { z } from 'zod';

import { type AgentTool, defineTool } from './agent-tool';
import { describeSchedule } from './schedule-description';
import type { ToolDeps } from './tool-deps';

/** Name the model calls. */
export const LIST_MEDICATIONS = 'list_medications';

/** Reply when the user has no active prescription. */
export const NO_MEDICATIONS =
  'You have no medicines saved yet. You can type a prescription to add one.';

/**
 * `list_medications {}`: the user's active prescriptions, oldest first, each with its
 * schedule in plain words and the verbatim instruction.
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
      const medications = active.map((prescription) => ({
        medication: prescription.medication,
        schedule: describeSchedule(prescription.schedule).text,
        instruction: prescription.instructionText,
      }));
      const lines = medications.map((item) => `- ${item.medication}: ${item.schedule}.`);
      return {
        status: 'success',
        summary: `Your medicines:\n${lines.join('\n')}`,
        data: { medications },
      };
    },
  });
}
