import {
  buildSchedule,
  type DoseRange,
  fixedOffsetLabel,
  parseSig,
  type Prescription,
  type SigReading,
  type ScheduleIssue,
} from '@ctrl-alt-heal/domain';
import { z } from 'zod';

import { CANCELLED_REPLY, isCancelReply } from '../model/cancel-reply';
import { readLocalClock } from '../time/local-clock';
import { type AgentTool, defineTool, type ToolContext, type ToolOutcome } from './agent-tool';
import { hasTiming } from './has-timing';
import { displayMedicationName, MAX_MEDICATION_NAME_LENGTH } from './medication-name';
import { MAX_ACTION_LABEL_LENGTH } from './reply-action';
import { findImplausibleDose } from './implausible-dose';
import { findActiveDuplicate } from './duplicate-medication';
import { type DoseSafetyConcern, findDoseSafetyConcern } from './dose-safety-check';
import { doseSafetyMessage } from './dose-safety-message';
import { describePrescription } from './prescription-description';
import { describeDose } from './schedule-description';
import type { ToolDeps } from './tool-deps';

/** Name the model calls. */
export const PROPOSE_PRESCRIPTION = 'propose_prescription';

/** Longest instruction text accepted, in characters. */
export const MAX_INSTRUCTION_LENGTH = 2_000;

/** Question asked when the text names no medicine. */
export const ASK_MEDICATION_NAME =
  'Which medicine is this for? Please send its name, for example "Amoxicillin 500 mg".';

/** Question asked when the text says no timing, such as "Aspirin 75mg". */
export function askHowOften(medication: string): string {
  return `How often should ${medication} be taken, and at what time of day? Please send the whole instruction again, for example "${medication}, 1 tablet every morning".`;
}

/** What the tool says when a dose cannot be right, such as 0 tablets or 50 tablets at once. */
export function askToCheckDose(amount: string): string {
  return `The dose looks unusual to me (${amount} each time), so I have not saved it. Please check the prescription or ask your pharmacist, then send the instruction again.`;
}

function implausibleDoseOutcome(dose: DoseRange): ToolOutcome {
  const amount = describeDose(dose) ?? `${dose.max}`;
  return {
    status: 'success',
    summary: `Nothing is saved yet. ${askToCheckDose(amount)}`,
    data: { kind: 'implausibleDose', dose: { ...dose } },
  };
}

function doseSafetyOutcome(concern: DoseSafetyConcern): ToolOutcome {
  return {
    status: 'success',
    summary: `Nothing is saved yet. ${doseSafetyMessage(concern)}`,
    data: { kind: 'doseNeedsCheck', concern },
  };
}

const input = z.strictObject({
  text: z
    .string()
    .trim()
    .min(1)
    .max(MAX_INSTRUCTION_LENGTH)
    .describe("The patient's instruction text, exactly as they typed it."),
  medication: z
    .string()
    .trim()
    .min(1)
    .max(MAX_MEDICATION_NAME_LENGTH)
    .optional()
    .describe('The medicine name, only when the patient gave it separately from the text.'),
});

/** Asked instead of the schedule builder's wording for a frequency no sig means ("0 h"). */
export const ASK_FREQUENCY = 'I could not tell how often to take it. How often should it be taken?';

/** The question for an issue, in words a patient can answer. */
function questionFor(issue: ScheduleIssue): string {
  // The builder quotes the unusable numbers ("1 times every 0 h"), which means nothing to a patient.
  return issue.code === 'value' && issue.path.endsWith('.frequency')
    ? ASK_FREQUENCY
    : issue.message;
}

function askForClarification(issues: readonly ScheduleIssue[]): ToolOutcome {
  const questions = [...new Set(issues.map(questionFor))];
  return {
    status: 'success',
    summary: `Nothing is saved yet. I need to check something first:\n${questions.map((q) => `- ${q}`).join('\n')}`,
    data: { kind: 'needsClarification', questions },
  };
}

function confirmLabel(medication: string): string {
  const label = `Confirm ${medication}`;
  return label.length <= MAX_ACTION_LABEL_LENGTH
    ? label
    : `${label.slice(0, MAX_ACTION_LABEL_LENGTH - 1)}…`;
}

/** Said when the patient has no zone yet, so the proposal's times use the default zone. */
export function zoneNotSetNote(zone: string): string {
  return `These times are ${zone} for now, because you have not set your time zone. To set it, send /timezone Europe/London or "my time zone is Europe/London".`;
}

/**
 * How a zone is named after clock times: `Asia/Kolkata time`, or for a fixed offset the plain
 * offset (`UTC−05:00 (fixed, no daylight saving)`), since `Etc/GMT+5` reads as UTC+5; UTC
 * itself is `UTC time`.
 */
export function zoneTimeLabel(zone: string): string {
  const label = fixedOffsetLabel(zone);
  if (label === null) {
    return `${zone} time`;
  }
  // UTC itself ("UTC", "Etc/UTC") reads plainly as "UTC time".
  return label.startsWith('UTC (') ? 'UTC time' : label;
}

/** Said when the patient already has an active prescription for the same medicine. */
export function alreadySavedNote(existing: Prescription): string {
  const zone = existing.schedule.timeZone;
  const line = describePrescription(existing, { timeZoneLabel: zoneTimeLabel(zone) }).line;
  return `You already have ${existing.medication} saved: ${line}. Saving this adds a second one; if it replaces the old one, tell your pharmacist and stop the old one with /stop.`;
}

function proposalOutcome(
  prescription: Prescription,
  context: ToolContext,
  duplicate: Prescription | null,
): ToolOutcome {
  const zone = prescription.schedule.timeZone;
  const description = describePrescription(prescription, { timeZoneLabel: zoneTimeLabel(zone) });
  const schedule = description.schedule;
  const reminders = schedule.asNeeded
    ? 'It is taken only when needed, so there will be no fixed reminders.'
    : 'Reminders start once it is saved.';
  const zoneNote = context.timeZoneIsUsers || schedule.asNeeded ? [] : [zoneNotSetNote(zone)];
  return {
    status: 'success',
    summary: [
      'Here is what I understood:',
      `${description.line}.`,
      `Instruction: "${prescription.instructionText}"`,
      ...zoneNote,
      ...(duplicate === null ? [] : [alreadySavedNote(duplicate)]),
      `Nothing is saved yet. Please check it and press Confirm to save it. ${reminders}`,
    ].join('\n'),
    data: {
      kind: 'draftSaved',
      prescriptionId: prescription.prescriptionId,
      medication: prescription.medication,
      schedule: schedule.text,
      timesPerDay: [...schedule.timesPerDay],
      timeZone: zone,
      asNeeded: schedule.asNeeded,
      ...(duplicate === null ? {} : { alreadySavedId: duplicate.prescriptionId }),
    },
  };
}

async function propose(
  deps: ToolDeps,
  text: string,
  medication: string,
  reading: SigReading,
  context: ToolContext,
): Promise<ToolOutcome> {
  const startDate = readLocalClock(context.now, context.timeZone).localDate;
  const built = buildSchedule(reading, {
    timeZone: context.timeZone,
    startDate,
    startAt: context.now.toISOString(),
  });
  if (built.kind === 'needsClarification') {
    return askForClarification(built.issues);
  }
  // Checked once the schedule is usable, so an unreadable frequency is asked about first.
  const concern = findDoseSafetyConcern(reading, medication);
  if (concern !== null) {
    return doseSafetyOutcome(concern);
  }
  const prescription: Prescription = {
    prescriptionId: deps.newId(),
    medication,
    instructionText: text,
    sig: reading,
    schedule: built.schedule,
    status: 'draft',
    source: 'text',
    createdAt: context.now.toISOString(),
  };
  const duplicate = findActiveDuplicate(
    await deps.prescriptions.listActive(context.userId),
    medication,
  );
  await deps.prescriptions.saveDraft(context.userId, prescription);
  context.addAction({
    kind: 'confirmPrescription',
    prescriptionId: prescription.prescriptionId,
    label: confirmLabel(medication),
  });
  return proposalOutcome(prescription, context, duplicate);
}

/**
 * `propose_prescription {text, medication?}`: reads a typed instruction with the sig parser,
 * builds its schedule in the user's zone starting today, and saves it as a draft with a
 * Confirm button. When the text names no medicine, or the schedule needs clarification, it
 * saves nothing and returns the question to ask. As-needed medicines get no fixed reminders.
 */
export function createProposePrescriptionTool(deps: ToolDeps): AgentTool {
  return defineTool({
    name: PROPOSE_PRESCRIPTION,
    description:
      'Reads a prescription the patient typed and shows them what was understood, with a Confirm button. Saves nothing until they confirm.',
    input,
    run: async ({ text, medication }, context) => {
      // "cancel" sent as the answer to "which medicine?" drops the proposal, not names it.
      if (medication !== undefined && isCancelReply(medication)) {
        return { status: 'success', summary: CANCELLED_REPLY, data: { kind: 'cancelled' } };
      }
      const reading = parseSig(text);
      const name = medication ?? reading.medication;
      if (name === null || name.trim() === '') {
        return {
          status: 'success',
          summary: `Nothing is saved yet. ${ASK_MEDICATION_NAME}`,
          data: { kind: 'needsMedication' },
        };
      }
      const display = displayMedicationName(name, medication === undefined ? text : undefined);
      if (!hasTiming(reading)) {
        return {
          status: 'success',
          summary: `Nothing is saved yet. ${askHowOften(display)}`,
          data: { kind: 'needsTiming' },
        };
      }
      const implausible = findImplausibleDose(reading);
      if (implausible !== null) {
        return implausibleDoseOutcome(implausible);
      }
      return propose(deps, text, display, reading, context);
    },
  });
}
