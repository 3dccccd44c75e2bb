import { closest } from '../shared/closest';
import { FILE_START, type Place, type Problem } from '../lint/problems';

/** Where a frontmatter field of an article is written: `locate('content/articles/a.mdx', ['related', 1])`. */
export type Locate = (file: string, field: readonly (string | number)[]) => Place;

/** A `Locate` that knows no places: the start of the file. */
export const NO_PLACES: Locate = () => FILE_START;

/** What the related-article rules need to know of an article. */
export interface RelatedInput {
  slug: string;
  file: string;
  category: string;
  /** Tag slugs of the article's keywords. */
  tags: readonly string[];
  /** Slugs the author listed, in order. */
  related: readonly string[];
}

/** How many related articles every article shows, when the site has that many others. */
export const RELATED_TARGET = 3;

/**
 * Checks the `related` list of every article: each slug must name another
 * existing article, once. Every problem names the file, the field, the bad value
 * and the closest existing slug.
 */
export function checkRelated(articles: readonly RelatedInput[], locate: Locate = NO_PLACES): Problem[] {
  const slugs = articles.map((a) => a.slug);
  const known = new Set(slugs);
  const problems: Problem[] = [];
  for (const article of articles) {
    const seen = new Set<string>();
    article.related.forEach((value, index) => {
      // The place is looked up only for a problem: finding it reads the article's frontmatter.
      const at = () => ({ file: article.file, ...locate(article.file, ['related', index]), rule: 'related' });
      // An article listing itself is the related-self rule's to report.
      if (value === article.slug) {
        seen.add(value);
        return;
      }
      if (!known.has(value)) {
        const guess = closest(
          value,
          slugs.filter((s) => s !== article.slug),
        );
        problems.push({
          ...at(),
          message: `related[${index}]: no article has the slug "${value}".${guess ? ` Did you mean "${guess}"?` : ''}`,
          fix: 'a slug is a file name in content/articles/ without .mdx',
        });
      } else if (seen.has(value)) {
        problems.push({ ...at(), message: `related[${index}] "${value}" is listed twice`, fix: 'remove the second one' });
      }
      seen.add(value);
    });
  }
  return problems;
}

/**
 * The related articles each article shows: the author's list, then — while it
 * is shorter than `target` — the other articles sharing the most tags with it
 * (then the same category), ties broken by slug. An article sharing no tag and
 * no category is never added. Assumes `checkRelated` found no problems.
 */
export function resolveRelated(articles: readonly RelatedInput[], target: number = RELATED_TARGET): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const article of articles) {
    const chosen = [...article.related];
    if (chosen.length < target) {
      const own = new Set(article.tags);
      const candidates = articles
        .filter((other) => other.slug !== article.slug && !chosen.includes(other.slug))
        .map((other) => ({
          slug: other.slug,
          shared: other.tags.filter((t) => own.has(t)).length,
          sameCategory: other.category === article.category ? 1 : 0,
        }))
        .filter((c) => c.shared > 0 || c.sameCategory > 0)
        .sort((a, b) => b.shared - a.shared || b.sameCategory - a.sameCategory || a.slug.localeCompare(b.slug));
      for (const candidate of candidates) {
        if (chosen.length >= target) break;
        chosen.push(candidate.slug);
      }
    }
    result.set(article.slug, chosen);
  }
  return result;
}

/** Articles ranked by how many other articles link to them, most first, ties by slug. */
export function mostLinked(related: ReadonlyMap<string, readonly string[]>): { slug: string; links: number }[] {
  const counts = new Map<string, number>([...related.keys()].map((slug) => [slug, 0]));
  for (const targets of related.values()) {
    for (const target of targets) counts.set(target, (counts.get(target) ?? 0) + 1);
  }
  return [...counts].map(([slug, links]) => ({ slug, links })).sort((a, b) => b.links - a.links || a.slug.localeCompare(b.slug));
}
