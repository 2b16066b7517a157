import type { ImportedMedication } from './imported-medication';
import type { Prescription } from '../prescription/prescription';
import { buildSchedule } from '../schedule/build-schedule';
import type { DoseSchedule } from '../schedule/dose-schedule';
import type { ScheduleIssue } from '../schedule/schedule-result';

/** One imported medication with the prescription made from it. */
export interface ImportedPrescription {
  readonly imported: ImportedMedication;
  /** `active` with its schedule, or `draft` with no phases when the schedule needs answers. */
  readonly prescription: Prescription;
  /** What to ask before the schedule can run; empty when it can. */
  readonly clarifications: readonly ScheduleIssue[];
}

/** Where and when the schedules start, and the moment of the import. */
export interface ImportToPrescriptionsOptions {
  readonly timeZone: string;
  /** First local date of every schedule, `YYYY-MM-DD`. */
  readonly startDate: string;
  readonly now: Date;
  /**
   * The instant the schedules start (ISO 8601); doses before it are never produced and
   * fixed-length courses keep their full count from the first slot after it. Omitted, the
   * schedules start at the beginning of `startDate`.
   */
  readonly startAt?: string;
}

const FHIR_ID = /^[A-Za-z0-9\-.]{1,64}$/;

/**
 * Builds a prescription from each imported medication (the CLI and the bot use it): the schedule from
 * `buildSchedule` in the given zone, `source: 'fhir'`, the request id as prescription id when it
 * is a FHIR id (else `rx-<n>`), and `authoredOn` (else `now`) as creation time. A medication whose
 * schedule needs clarification becomes a `draft` with an empty schedule, never an active one.
 */
export function importToPrescriptions(
  medications: readonly ImportedMedication[],
  options: ImportToPrescriptionsOptions,
): ImportedPrescription[] {
  return medications.map((imported, i) => {
    const built = buildSchedule(imported.reading, {
      timeZone: options.timeZone,
      startDate: options.startDate,
      ...(options.startAt === undefined ? {} : { startAt: options.startAt }),
    });
    const ok = built.kind === 'ok';
    const prescription: Prescription = {
      prescriptionId:
        imported.requestId !== null && FHIR_ID.test(imported.requestId)
          ? imported.requestId
          : `rx-${i + 1}`,
      medication: imported.name,
      instructionText: imported.instructionText,
      sig: imported.reading,
      schedule: ok ? built.schedule : emptySchedule(options),
      status: ok ? 'active' : 'draft',
      source: 'fhir',
      createdAt: imported.authoredOn ?? options.now.toISOString(),
    };
    return { imported, prescription, clarifications: ok ? [] : built.issues };
  });
}

function emptySchedule(options: ImportToPrescriptionsOptions): DoseSchedule {
  return {
    timeZone: options.timeZone,
    startDate: options.startDate,
    endDate: null,
    maxDoses: null,
    phases: [],
  };
}
