import { dosesOnLocalDate, type Prescription } from '@ctrl-alt-heal/domain';
import { z } from 'zod';

import { readLocalClock } from '../time/local-clock';
import { type AgentTool, defineTool, type ToolContext } from './agent-tool';
import { describeDose } from './schedule-description';
import type { ToolDeps } from './tool-deps';

/** Name the model calls. */
export const TODAYS_DOSES = 'todays_doses';

interface PlannedDose {
  readonly at: string;
  readonly localTime: string;
  readonly medication: string;
  readonly dose: string | null;
  readonly isPast: boolean;
}

// TODO: doses are expanded with the patient's current zone, not the zone saved in each
// schedule, so a patient who moved sees their usual wall-clock times; if the reminder
// dispatcher still uses the saved zone, the two can differ until the schedules are re-saved.
// Safe meanwhile: the list only informs and never sends or records a dose.
function plannedDoses(
  prescription: Prescription,
  context: ToolContext,
  localDate: string,
): PlannedDose[] {
  const schedule = { ...prescription.schedule, timeZone: context.timeZone };
  return dosesOnLocalDate(schedule, localDate).map((dose) => ({
    at: dose.at,
    localTime: dose.localTime,
    medication: prescription.medication,
    dose: describeDose(dose.dose),
    isPast: Date.parse(dose.at) < context.now.getTime(),
  }));
}

function isAsNeeded(prescription: Prescription): boolean {
  return prescription.schedule.phases.some((phase) =>
    phase.doses.some((dose) => dose.pattern.kind === 'asNeeded'),
  );
}

function lineOf(dose: PlannedDose): string {
  const amount = dose.dose === null ? '' : `, ${dose.dose}`;
  return `- ${dose.localTime} ${dose.medication}${amount}${dose.isPast ? ' (earlier today)' : ''}`;
}

/**
 * `todays_doses {}`: the doses planned for the local date of `now` in the user's zone, across
 * all active prescriptions, in time order, plus the as-needed medicines (which have no times).
 */
export function createTodaysDosesTool(deps: ToolDeps): AgentTool {
  return defineTool({
    name: TODAYS_DOSES,
    description: 'Lists the doses the patient should take today, in their local time.',
    input: z.strictObject({}),
    run: async (_input, context) => {
      const localDate = readLocalClock(context.now, context.timeZone).localDate;
      const active = await deps.prescriptions.listActive(context.userId);
      const doses = active
        .flatMap((prescription) => plannedDoses(prescription, context, localDate))
        .sort((a, b) => a.at.localeCompare(b.at));
      const asNeeded = active.filter(isAsNeeded).map((prescription) => prescription.medication);
      const lines = [
        doses.length === 0
          ? `No doses are planned for today (${localDate}).`
          : `Today (${localDate}):`,
        ...doses.map(lineOf),
        ...(asNeeded.length === 0 ? [] : [`Only when needed: ${asNeeded.join(', ')}.`]),
      ];
      return {
        status: 'success',
        summary: lines.join('\n'),
        data: {
          localDate,
          doses: doses.map((dose) => ({ ...dose })),
          asNeeded,
        },
      };
    },
  });
}
