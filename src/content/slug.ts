/**
 * Folds any text to a URL slug: lower case, accents removed, and every run of
 * characters that is not a letter or digit (in any script) turned into one `-`.
 * "Call flow", "call-flow" and " CALL  flow! " all give `call-flow`;
 * non-Latin text keeps its letters (`"कॉल फ़्लो"` stays readable).
 * Returns an empty string when the text has no letters or digits.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

/** True when `value` is already a slug: `slugify(value) === value` and not empty. */
export function isSlug(value: string): boolean {
  return value.length > 0 && slugify(value) === value;
}
