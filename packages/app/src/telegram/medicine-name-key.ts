import { medicationKey } from '@ctrl-alt-heal/domain';

/** The name keys (`medicationKey`) of these prescriptions, blanks left out. */
export function medicineNameKeys(
  prescriptions: readonly { readonly medication: string }[],
): Set<string> {
  return new Set(prescriptions.map((rx) => medicationKey(rx.medication)).filter(Boolean));
}
