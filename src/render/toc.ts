/** A heading as Astro's Markdown pipeline reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A table-of-contents entry with its sub-entries. */
export interface TocItem extends Heading {
  children: TocItem[];
}

/**
 * Nests the `h2` headings of an article with their `h3`s for the table of
 * contents; other levels are left out. An `h3` before any `h2` becomes top level.
 */
export function buildToc(headings: readonly Heading[]): TocItem[] {
  const toc: TocItem[] = [];
  for (const heading of headings) {
    if (heading.depth === 2) toc.push({ ...heading, children: [] });
    else if (heading.depth === 3) {
      const parent = toc.at(-1);
      (parent ? parent.children : toc).push({ ...heading, children: [] });
    }
  }
  return toc;
}
