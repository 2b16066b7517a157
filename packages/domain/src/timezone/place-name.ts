/**
 * Folds a typed place name to a comparison key: lower case, accents removed, apostrophes and
 * dots dropped, any other punctuation as a space, "st" for "saint". `São Paulo` → `sao paulo`,
 * `St. John's` → `st johns`, `Saint Petersburg` → `st petersburg`.
 */
export function placeNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^saint /, 'st ')
    .replace(/ saint /g, ' st ');
}
