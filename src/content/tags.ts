import { slugify } from './slug';

/** A tag: every keyword that folds to the same slug, across all articles. */
export interface Tag {
  /** URL segment of `/tags/<slug>/`. */
  slug: string;
  /** Display label: the spelling authors use most (ties: the alphabetically first). */
  label: string;
  /** Slugs of the articles carrying this tag, sorted. */
  articles: string[];
}

/** The tag slug of a keyword: "Call flow", "call-flow" and "CALL FLOW" are all `call-flow`. */
export const tagSlug = slugify;

/** An article's keywords as tag slugs, first spelling first, duplicates removed. */
export function articleTagSlugs(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map(tagSlug).filter(Boolean))];
}

/**
 * Collects the tags of a set of articles. Keywords that fold to the same slug
 * become one tag whose label is their most common spelling. Sorted by label.
 */
export function collectTags(articles: readonly { slug: string; keywords: readonly string[] }[]): Tag[] {
  const bySlug = new Map<string, { spellings: Map<string, number>; articles: Set<string> }>();
  for (const article of articles) {
    for (const keyword of article.keywords) {
      const slug = tagSlug(keyword);
      if (!slug) continue;
      let tag = bySlug.get(slug);
      if (!tag) bySlug.set(slug, (tag = { spellings: new Map(), articles: new Set() }));
      const spelling = keyword.trim().replace(/\s+/g, ' ');
      tag.spellings.set(spelling, (tag.spellings.get(spelling) ?? 0) + 1);
      tag.articles.add(article.slug);
    }
  }
  return [...bySlug]
    .map(([slug, { spellings, articles: slugs }]) => ({
      slug,
      label: mostCommon(spellings),
      articles: [...slugs].sort(),
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en', { sensitivity: 'base' }) || a.slug.localeCompare(b.slug));
}

function mostCommon(counts: Map<string, number>): string {
  return [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))[0]![0];
}
