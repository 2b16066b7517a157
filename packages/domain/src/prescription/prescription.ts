import type { DoseSchedule } from '../schedule/dose-schedule';
import type { SigReading } from '../sig/sig-reading';

/** Where a prescription came from. */
export type PrescriptionSource = 'text' | 'fhir' | 'photo' | 'pdf';

/** Lifecycle of a prescription: shown to the patient, confirmed, or stopped. */
export type PrescriptionStatus = 'draft' | 'active' | 'stopped';

/** A medicine the patient takes, with the verbatim instruction and the schedule built from it. */
export interface Prescription {
  readonly prescriptionId: string;
  /** Display name of the medicine as the prescription writes it. */
  readonly medication: string;
  /** The instruction text exactly as given. */
  readonly instructionText: string;
  readonly sig: SigReading;
  readonly schedule: DoseSchedule;
  readonly status: PrescriptionStatus;
  readonly source: PrescriptionSource;
  /** ISO 8601 instant. */
  readonly createdAt: string;
}
