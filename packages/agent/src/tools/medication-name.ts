/** Longest medication name kept, in characters. */
export const MAX_MEDICATION_NAME_LENGTH = 100;

/** Words of a name that stay lower-case when it is title-cased ("Amlodipine 5 mg"). */
const LOWER_CASE_WORDS = /^(mg|mcg|g|ml|l|iu|units?|mmol|micrograms?|milligrams?|and|with|in|of)$/i;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The name as the instruction writes it, when it appears there (any case); else the name. */
function asWritten(name: string, instructionText: string | undefined): string {
  if (instructionText === undefined) {
    return name;
  }
  const pattern = new RegExp(escapeRegExp(name).replace(/ /g, '\\s+'), 'i');
  return pattern.exec(instructionText)?.[0] ?? name;
}

function titleCase(name: string): string {
  return name
    .split(' ')
    .map((word) =>
      LOWER_CASE_WORDS.test(word) ? word : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(' ');
}

/**
 * A medication name for display: as the instruction (or the patient) wrote it, trimmed and
 * with spaces collapsed, at most {@link MAX_MEDICATION_NAME_LENGTH} characters. A name written
 * all in lower case is title-cased word by word, units excepted ("vitamin d" → "Vitamin D",
 * "amlodipine 5 mg" → "Amlodipine 5 mg"); a name with capitals keeps them ("Vitamin D3").
 * @param name - The name, such as the sig parser's lower-cased `medication`.
 * @param instructionText - The instruction the name came from, to recover its original case.
 */
export function displayMedicationName(name: string, instructionText?: string): string {
  const tidy = asWritten(name.trim().replace(/\s+/g, ' '), instructionText)
    .replace(/\s+/g, ' ')
    .slice(0, MAX_MEDICATION_NAME_LENGTH);
  return tidy === tidy.toLowerCase() ? titleCase(tidy) : tidy;
}
