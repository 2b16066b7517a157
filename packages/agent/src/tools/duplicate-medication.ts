import { medicationKey, type Prescription } from '@ctrl-alt-heal/domain';

/**
 * The first active prescription for the same medicine as `medication`, matched on
 * {@link medicationKey}, or null.
 * The key's limits are documented on `medicationKey`.
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
