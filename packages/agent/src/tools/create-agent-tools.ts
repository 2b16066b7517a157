import type { AgentTool } from './agent-tool';
import { createListMedicationsTool } from './list-medications';
import { createProposePrescriptionTool } from './propose-prescription';
import { createSetTimeZoneTool } from './set-time-zone';
import { createTodaysDosesTool } from './todays-doses';
import type { ToolDeps } from './tool-deps';

/**
 * The agent's tools, in the order offered to the model: `propose_prescription`,
 * `list_medications`, `todays_doses`, `set_time_zone`. None takes a user id, bucket, key or
 * table: each acts for the verified user of the turn.
 */
export function createAgentTools(deps: ToolDeps): AgentTool[] {
  return [
    createProposePrescriptionTool(deps),
    createListMedicationsTool(deps),
    createTodaysDosesTool(deps),
    createSetTimeZoneTool(deps),
  ];
}
