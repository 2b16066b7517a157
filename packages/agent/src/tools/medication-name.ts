/** Longest medication name kept, in characters. */
export const MAX_MEDICATION_NAME_LENGTH = 100;

/** A medication name for display: trimmed, spaces collapsed, first letter upper-case. */
export function displayMedicationName(name: string): string {
  const tidy = name.trim().replace(/\s+/g, ' ').slice(0, MAX_MEDICATION_NAME_LENGTH);
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}
