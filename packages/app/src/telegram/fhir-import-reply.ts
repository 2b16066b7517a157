import { describeSchedule } from '@ctrl-alt-heal/agent';
import type { FhirIssue, ImportedPrescription } from '@ctrl-alt-heal/domain';
import { escapeHtml } from './escape-html';

/** Most issues listed in a reply; the rest are counted. */
export const MAX_LISTED_ISSUES = 8;

/**
 * The HTML reply to an imported bundle: each medicine with its verbatim instruction and its
 * plan in the zone (as-needed ones say they get no reminders), then the ones that need a
 * check, which are not saved, then the ones already saved (left out of the batch), and what
 * the buttons do.
 */
export function fhirImportReplyHtml(
  items: readonly ImportedPrescription[],
  timeZone: string,
  alreadySaved: readonly ImportedPrescription[] = [],
): string {
  const ready = items.filter((item) => item.clarifications.length === 0);
  const unclear = items.filter((item) => item.clarifications.length > 0);
  const parts = [`Here is what I read in your file (times in ${escapeHtml(timeZone)}):`];
  parts.push(...ready.map(readyItemHtml));
  if (unclear.length > 0) {
    parts.push('These need a check first, so I have not saved them:');
    parts.push(...unclear.map(unclearItemHtml));
  }
  if (alreadySaved.length > 0) {
    parts.push('These are already saved, so I will not save them again:');
    parts.push(
      ...alreadySaved.map((item) => `\u2022 <b>${escapeHtml(item.prescription.medication)}</b>`),
    );
  }
  parts.push(closingLine(ready.length, unclear.length));
  return parts.join('\n\n');
}

/** The HTML reply to a bundle that failed validation: what is wrong, and that nothing is saved. */
export function fhirIssuesReplyHtml(issues: readonly FhirIssue[]): string {
  const errors = issues.filter((issue) => issue.severity === 'error');
  const listed = errors.slice(0, MAX_LISTED_ISSUES).map(issueLine);
  const more = errors.length - listed.length;
  return [
    'I could not use that file, so I saved nothing. What is wrong:',
    ...listed,
    ...(more > 0 ? [`\u2022 and ${more} more`] : []),
  ].join('\n');
}

function closingLine(ready: number, unclear: number): string {
  if (ready > 0) {
    return 'Nothing is saved yet. Please check them, then press Confirm to save them, or Cancel.';
  }
  return unclear > 0
    ? 'Nothing is saved. You can type the instructions for these and I will plan them.'
    : 'Everything in this file is already saved, so there is nothing to confirm.';
}

function readyItemHtml(item: ImportedPrescription): string {
  const { prescription } = item;
  const plan = describeSchedule(prescription.schedule);
  const when = plan.asNeeded ? 'Only when needed, so no reminders.' : `${escapeHtml(plan.text)}.`;
  return [
    `\u2022 <b>${escapeHtml(prescription.medication)}</b>`,
    instructionLine(prescription.instructionText),
    when,
  ].join('\n');
}

function unclearItemHtml(item: ImportedPrescription): string {
  const questions = item.clarifications.map((issue) => escapeHtml(issue.message)).join(' ');
  return [
    `\u2022 <b>${escapeHtml(item.prescription.medication)}</b>`,
    instructionLine(item.prescription.instructionText),
    questions,
  ].join('\n');
}

function instructionLine(text: string): string {
  return text.trim() === ''
    ? '<i>(no written instruction)</i>'
    : `<i>\u201c${escapeHtml(text)}\u201d</i>`;
}

function issueLine(issue: FhirIssue): string {
  return `\u2022 ${escapeHtml(issue.path)}: ${escapeHtml(issue.message)}`;
}
