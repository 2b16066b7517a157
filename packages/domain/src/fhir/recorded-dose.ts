/** A dose the patient answered: taken (with when) or skipped. */
export interface RecordedDose {
  /** The prescription the dose belongs to. */
  readonly prescriptionId: string;
  /** When the dose was due, ISO 8601 instant. */
  readonly dueAt: string;
  /** When it was taken, ISO 8601 instant; null when skipped (or not said). */
  readonly takenAt: string | null;
  readonly status: 'taken' | 'skipped';
}
