import type { PrescriptionStore } from '../ports/prescription-store';
import type { ProfileStore } from '../ports/profile-store';

/** What the tools need, built once by the composition root. */
export interface ToolDeps {
  readonly prescriptions: PrescriptionStore;
  readonly profiles: ProfileStore;
  /** Returns a fresh unique id for a new prescription (a UUID in production). */
  readonly newId: () => string;
}
