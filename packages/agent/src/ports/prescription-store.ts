import type { Prescription } from '@ctrl-alt-heal/domain';

/**
 * Where a user's prescriptions live. Every method takes the verified user id from the turn;
 * no method reads another user's items.
 */
export interface PrescriptionStore {
  /** Stores a prescription the patient has not confirmed yet; drafts expire after a day. */
  saveDraft(userId: string, prescription: Prescription): Promise<void>;
  /**
   * Turns a draft into an active prescription. Idempotent: confirming an already active one
   * returns it unchanged. Returns null when no such prescription exists for this user.
   */
  confirm(userId: string, prescriptionId: string): Promise<Prescription | null>;
  /** One prescription of this user, in any status, or null. */
  get(userId: string, prescriptionId: string): Promise<Prescription | null>;
  /** This user's active prescriptions, oldest first. */
  listActive(userId: string): Promise<Prescription[]>;
}
