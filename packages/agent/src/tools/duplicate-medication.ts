import type { Prescription } from '@ctrl-alt-heal/domain';

/** The name a duplicate is matched on: the first word, lower case ("Amlodipine 5 mg" → "amlodipine"). */
export function medicationKey(medication: string): string {
  return medication.trim().toLowerCase().split(/\s+/)[0] ?? '';
}

/**
 * The first active prescription for the same medicine as `medication`, matched on
 * {@link medicationKey}, or null.
 *
 * TODO: only the first word is compared, so brand and generic names of one medicine
 * ("Norvasc" and "amlodipine") are not matched. Meanwhile the list of medicines shows both, and
 * the note is only advice.
 * @param active - The user's active prescriptions.
 * @param medication - The name of the medicine being proposed.
 */
export function findActiveDuplicate(
  active: readonly Prescription[],
  medication: string,
): Prescription | null {
  const key = medicationKey(medication);
  return key === ''
    ? null
    : (active.find((item) => medicationKey(item.medication) === key) ?? null);
}
