import type { DosePattern, Prescription } from '@ctrl-alt-heal/domain';
import { escapeHtml } from './escape-html';

/**
 * The HTML message confirming a saved prescription: the medicine, the verbatim instruction and
 * the reminder times in the schedule's zone. As-needed medicines say they get no reminders.
 */
export function confirmationText(prescription: Prescription): string {
  const times = reminderTimes(prescription);
  const when =
    times.length === 0
      ? 'This one is taken only as needed, so I will not send reminders for it.'
      : `I will remind you at ${times.join(', ')} (${escapeHtml(prescription.schedule.timeZone)}).`;
  return [
    `Saved \u2705 <b>${escapeHtml(prescription.medication)}</b>`,
    `<i>${escapeHtml(prescription.instructionText)}</i>`,
    when,
  ].join('\n');
}

function reminderTimes(prescription: Prescription): string[] {
  const times = prescription.schedule.phases.flatMap((phase) =>
    phase.doses.flatMap((dose) => patternTimes(dose.pattern)),
  );
  return [...new Set(times)].sort();
}

function patternTimes(pattern: DosePattern): readonly string[] {
  if ('times' in pattern) return pattern.times;
  if (pattern.kind === 'interval') return intervalTimes(pattern.firstTime, pattern.everyHours);
  return [];
}

function intervalTimes(firstTime: string, everyHours: number): string[] {
  const [hours = 0, minutes = 0] = firstTime.split(':').map(Number);
  const times: string[] = [];
  for (let offset = 0; offset < 24 && everyHours > 0; offset += everyHours) {
    const total = Math.round(hours * 60 + minutes + offset * 60) % (24 * 60);
    times.push(`${pad(Math.floor(total / 60))}:${pad(total % 60)}`);
  }
  return times;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
