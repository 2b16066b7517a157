import type { Prescription } from '@ctrl-alt-heal/domain';

import type { PrescriptionStore } from '../ports/prescription-store';

/** A prescription store in memory, honouring the same contract as the DynamoDB one. */
export class InMemoryPrescriptionStore implements PrescriptionStore {
  private readonly byUser = new Map<string, Map<string, Prescription>>();

  /** @param initial - Prescriptions to start with, by user id. */
  constructor(initial: Readonly<Record<string, readonly Prescription[]>> = {}) {
    for (const [userId, prescriptions] of Object.entries(initial)) {
      this.byUser.set(userId, new Map(prescriptions.map((item) => [item.prescriptionId, item])));
    }
  }

  private itemsOf(userId: string): Map<string, Prescription> {
    const items = this.byUser.get(userId) ?? new Map<string, Prescription>();
    this.byUser.set(userId, items);
    return items;
  }

  /** Stores a draft (drafts never expire here). */
  saveDraft(userId: string, prescription: Prescription): Promise<void> {
    this.itemsOf(userId).set(prescription.prescriptionId, { ...prescription, status: 'draft' });
    return Promise.resolve();
  }

  /** Makes a draft active; idempotent; null when absent. */
  confirm(userId: string, prescriptionId: string): Promise<Prescription | null> {
    const items = this.itemsOf(userId);
    const found = items.get(prescriptionId);
    if (found === undefined) {
      return Promise.resolve(null);
    }
    const active: Prescription = {
      ...found,
      status: found.status === 'draft' ? 'active' : found.status,
    };
    items.set(prescriptionId, active);
    return Promise.resolve(active);
  }

  /** One prescription of this user, or null. */
  get(userId: string, prescriptionId: string): Promise<Prescription | null> {
    return Promise.resolve(this.itemsOf(userId).get(prescriptionId) ?? null);
  }

  /** Active prescriptions, oldest first. */
  listActive(userId: string): Promise<Prescription[]> {
    const active = [...this.itemsOf(userId).values()].filter((item) => item.status === 'active');
    return Promise.resolve(active.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  }

  /** Every prescription of a user in any status, in insertion order. */
  allOf(userId: string): Prescription[] {
    return [...this.itemsOf(userId).values()];
  }
}
