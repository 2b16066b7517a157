import type { DoseSchedule } from './dose-schedule';

/**
 * Why a reading could not become a schedule, shaped like a FHIR `OperationOutcome.issue`:
 * `code` is a FHIR IssueType code, `path` points into the reading or the options
 * (`reading.steps[1].duration`, `options.timeZone`), `message` is a plain sentence a patient can
 * be shown or asked.
 */
export interface ScheduleIssue {
  readonly severity: 'error' | 'warning';
  readonly code: ScheduleIssueCode;
  readonly path: string;
  readonly message: string;
}

/** The FHIR IssueType codes schedule building uses. */
export type ScheduleIssueCode =
  'required' | 'value' | 'invalid' | 'incomplete' | 'not-supported' | 'business-rule';

/**
 * What {@link buildSchedule} returns: a schedule, or the questions to ask first. It never guesses
 * a dose time the reading does not support.
 */
export type ScheduleResult =
  | { readonly kind: 'ok'; readonly schedule: DoseSchedule }
  | { readonly kind: 'needsClarification'; readonly issues: readonly ScheduleIssue[] };

/** Builds an error-severity {@link ScheduleIssue}. */
export function scheduleError(
  code: ScheduleIssueCode,
  path: string,
  message: string,
): ScheduleIssue {
  return { severity: 'error', code, path, message };
}
