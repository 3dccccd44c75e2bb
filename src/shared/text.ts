/**
 * Shortens plain text to at most `max` characters, cutting at a word boundary
 * and adding "…" when anything was removed. Text within the limit is returned
 * unchanged (whitespace collapsed).
 */
export function excerpt(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Escapes text for use in HTML, in element content and in quoted attribute values. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A date as readers in India write it, e.g. "25 November 2026" (the date is taken in UTC). */
export function formatDate(date: Date): string {
  return DATE_FORMAT.format(date);
}

// Made once: building a formatter costs far more than using one, and every article page formats a date.
const DATE_FORMAT = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as `YYYY-MM-DD`, for `<time datetime>`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
