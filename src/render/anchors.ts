import { slugify } from '../content/slug';

/** Ids the page layout itself uses; an anchor never takes one of them. */
export const RESERVED_IDS: readonly string[] = ['main', 'toc-title', 'tags-title', 'sources-title', 'related-title'];

/** Kinds of anchored item, and the prefix each puts before the slug of its text. */
export const ANCHOR_PREFIX = { heading: '', task: 'task-', problem: 'problem-' } as const;
/** A kind of anchored item. */
export type AnchorKind = keyof typeof ANCHOR_PREFIX;

/** One item to anchor: a heading, a task-table row or a troubleshooting entry. */
export interface AnchorItem {
  kind: AnchorKind;
  /** The item's visible text: the heading, the task or the problem. */
  text: string;
}

/** The slug an item's anchor starts from: its prefix and its text as a slug, or a fallback for text without letters. */
export function baseAnchor(item: AnchorItem): string {
  const slug = slugify(item.text) || (item.kind === 'heading' ? 'section' : 'item');
  return `${ANCHOR_PREFIX[item.kind]}${slug}`;
}

/**
 * Anchors for every item of one page, in document order. An anchor comes from
 * the item's own text, so editing, adding or removing other items leaves it
 * unchanged; only items with the same text are numbered, in document order
 * (`faq`, `faq-2`, `faq-3`). A number that would clash with another item's
 * anchor or a reserved id is skipped.
 */
export function assignAnchors(items: readonly AnchorItem[], reserved: readonly string[] = RESERVED_IDS): string[] {
  const bases = items.map(baseAnchor);
  // Plain anchors first, so a numbered duplicate never takes another item's own slug.
  const taken = new Set([...reserved, ...bases]);
  const seen = new Map<string, number>();
  return bases.map((base) => {
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    if (count === 1 && !reserved.includes(base)) return base;
    let n = Math.max(count, 2);
    while (taken.has(`${base}-${n}`)) n++;
    const anchor = `${base}-${n}`;
    taken.add(anchor);
    seen.set(base, n);
    return anchor;
  });
}
