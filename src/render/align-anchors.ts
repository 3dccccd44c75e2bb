/**
 * Gives a translation the anchors of its English article, so a link to a
 * section (`#task-add-team-members`) and the language switch land on the same
 * section in both languages. Anchors come from each item's text, so a Hindi
 * heading would otherwise get a Hindi anchor.
 */

/** Ids of the anchored items (`data-anchor`) of rendered article HTML, in document order. */
export function anchorIds(html: string): string[] {
  return [...html.matchAll(/<[a-z0-9]+\s[^>]*\bdata-anchor\b[^>]*>/g)].flatMap((m) => {
    const id = /\bid="([^"]+)"/.exec(m[0]);
    return id ? [id[1]!] : [];
  });
}

// Headings have no prefix; task rows and troubleshooting entries have `task-` and `problem-`.
const kind = (id: string) => (id.startsWith('task-') ? 'task' : id.startsWith('problem-') ? 'problem' : 'heading');

/**
 * Each anchor of a translation's `html` → the English article's anchor at the
 * same position. Empty when the two articles' structures differ (another number
 * or order of headings, task rows and troubleshooting entries).
 */
export function anchorMap(html: string, englishIds: readonly string[]): Map<string, string> {
  return anchorRenames(anchorIds(html), englishIds);
}

/** `anchorMap` over the anchored ids of a translation (`ids`) and of its English article, in document order. */
export function anchorRenames(ids: readonly string[], englishIds: readonly string[]): Map<string, string> {
  if (ids.length !== englishIds.length || ids.some((id, i) => kind(id) !== kind(englishIds[i]!))) return new Map();
  return new Map(ids.map((id, i) => [id, englishIds[i]!]));
}

/**
 * `html` (a translation) with each anchor replaced by the English article's
 * anchor at the same position (see `anchorMap`), with the ids derived from it
 * (`-note`, `-text`) and the links to them. Unchanged when the structures differ.
 */
export function alignAnchors(html: string, englishIds: readonly string[]): string {
  const rename = anchorMap(html, englishIds);
  if (rename.size === 0) return html;
  const renamePart = renamer(rename);
  return html.replace(
    /(\b(?:id|for|aria-labelledby|aria-describedby|aria-controls)="|href="#)([^"]+)"/g,
    (_, start: string, value: string) => `${start}${value.split(' ').map(renamePart).join(' ')}"`,
  );
}

/** Renames an id by `rename`, ids derived from an anchor (`<anchor>-note`) included. */
function renamer(rename: ReadonlyMap<string, string>): (id: string) => string {
  // Longest first, so `faq-2` is not read as `faq` followed by "-2".
  const bases = [...rename.keys()].sort((a, b) => b.length - a.length);
  return (part: string) => {
    const base = bases.find((id) => part === id || part.startsWith(`${id}-`));
    return base ? `${rename.get(base)!}${part.slice(base.length)}` : part;
  };
}

/**
 * The ids a translation's page has once aligned (see `alignAnchors`): its `ids`
 * renamed by the anchored ids of the translation (`anchored`) and of its English
 * article (`englishAnchored`); unchanged when the structures differ.
 */
export function alignedIds(ids: readonly string[], anchored: readonly string[], englishAnchored: readonly string[]): string[] {
  const rename = anchorRenames(anchored, englishAnchored);
  return rename.size === 0 ? [...ids] : ids.map(renamer(rename));
}
