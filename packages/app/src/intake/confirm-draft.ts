import type { PrescriptionStore } from '@ctrl-alt-heal/agent';
import type { Prescription } from '@ctrl-alt-heal/domain';

/** How a Confirm press ended. */
export type ConfirmDraftOutcome =
  | { readonly kind: 'saved'; readonly prescription: Prescription }
  | { readonly kind: 'alreadySaved'; readonly prescription: Prescription }
  | { readonly kind: 'notFound' };

/**
 * The one Confirm path of every adapter (the Telegram button and `POST /chat/actions`): saves
 * the user's draft, or reports that it was saved before (a second press) or does not exist for
 * this user (expired, unknown, someone else's). Callers serialize a user's presses (per chat
 * queue, per user lane), so reading the status first cannot race with another press.
 *
 * @throws the prescription store's errors unchanged.
 */
export async function confirmDraft(
  prescriptions: Pick<PrescriptionStore, 'get' | 'confirm'>,
  userId: string,
  prescriptionId: string,
): Promise<ConfirmDraftOutcome> {
  const existing = await prescriptions.get(userId, prescriptionId);
  if (existing === null) return { kind: 'notFound' };
  if (existing.status !== 'draft') return { kind: 'alreadySaved', prescription: existing };
  const confirmed = await prescriptions.confirm(userId, prescriptionId);
  return confirmed === null ? { kind: 'notFound' } : { kind: 'saved', prescription: confirmed };
}
