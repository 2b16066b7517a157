/**
 * The key two medicine names are compared by to spot a medicine already saved: the first word,
 * lower case (`"Warfarin 5 mg"` → `"warfarin"`). Empty for a blank name.
 *
 * TODO: the first word alone matches different medicines that share it ("Insulin glargine" and
 * "Insulin lispro") and misses a brand beside its generic ("Norvasc" and "amlodipine"), since
 * there is no drug dictionary. Meanwhile callers only warn or decline to save a second copy,
 * which never doubles a dose, and the patient sees both names in their list.
 */
export function medicationKey(name: string): string {
  return name.trim().toLowerCase().split(/\s+/)[0] ?? '';
}
