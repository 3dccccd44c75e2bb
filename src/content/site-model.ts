import type { Problem } from '../lint/problems';
import { redirectMap, type Redirect } from '../build/redirects';
import { checkRelated, mostLinked, NO_PLACES, resolveRelated, type Locate } from './related';
import { checkRetired } from './retired';
import type { ArticleData } from './schema/article';
import type { Category } from './schema/category';
import type { RetiredArticle } from './schema/retired';
import { articleTagSlugs, collectTags, type Tag } from './tags';

/** An article as the content loader hands it over: validated frontmatter plus where it came from. */
export interface ArticleSource {
  /** File name without `.mdx`; the URL segment of `/articles/<slug>/`. */
  slug: string;
  /** Path relative to the project root, for error messages. */
  file: string;
  data: ArticleData;
}

/** What the checks spanning articles read of each. */
export interface SiteFacts {
  slug: string;
  file: string;
  data: Pick<ArticleData, 'id' | 'category' | 'related' | 'redirectFrom'>;
}

/** An article with everything the pages need resolved. */
export interface Article extends ArticleSource {
  /** Tag slugs of its keywords, in the author's order. */
  tags: string[];
  /** Slugs of the related articles to show (the author's, then filled up). */
  related: string[];
}

/** Everything the pages render, computed once per build. */
export interface Site {
  /** Articles sorted by title. */
  articles: Article[];
  bySlug: ReadonlyMap<string, Article>;
  categories: (Category & { articles: Article[] })[];
  tags: Tag[];
  /** Articles ranked by how many others link to them. */
  mostLinked: Article[];
  /** Short links, old slugs and replaced retired articles, each leading to a live article. */
  redirects: Redirect[];
}

/** The registry of retired articles and the file it came from (for error messages). */
export interface RetiredRegistry {
  file: string;
  articles: readonly RetiredArticle[];
}

const NO_RETIRED: RetiredRegistry = { file: 'content/retired.json', articles: [] };

/**
 * Checks the rules that span articles (unique ids, related slugs, old slugs that
 * collide with live ones) and returns every problem found, sorted.
 */
export function checkSite(
  sources: readonly SiteFacts[],
  retired: RetiredRegistry = NO_RETIRED,
  locate: Locate = NO_PLACES,
): Problem[] {
  const problems: Problem[] = [];
  const idOwner = new Map<string, SiteFacts>();
  const slugs = new Map(sources.map((s) => [s.slug, s]));
  const oldSlugOwner = new Map<string, SiteFacts>();
  for (const source of [...sources].sort((a, b) => a.file.localeCompare(b.file))) {
    const holder = idOwner.get(source.data.id);
    if (holder) {
      problems.push({
        file: source.file,
        ...locate(source.file, ['id']),
        rule: 'site',
        message: `id "${source.data.id}" is already used by ${holder.file}; ids are never shared or reused`,
        fix: 'give this article a new one',
      });
    } else {
      idOwner.set(source.data.id, source);
    }
    source.data.redirectFrom.forEach((old, index) => {
      const live = slugs.get(old);
      const other = oldSlugOwner.get(old);
      if (live) {
        problems.push({
          file: source.file,
          ...locate(source.file, ['redirectFrom', index]),
          rule: 'site',
          message: `redirectFrom[${index}] "${old}" is the slug of ${live.file}, a live article; an old slug cannot point elsewhere`,
          fix: 'remove it',
        });
      } else if (other) {
        problems.push({
          file: source.file,
          ...locate(source.file, ['redirectFrom', index]),
          rule: 'site',
          message: `redirectFrom[${index}] "${old}" already redirects to ${other.file}`,
          fix: 'one old slug can lead to one article only; remove it here or there',
        });
      } else {
        oldSlugOwner.set(old, source);
      }
    });
  }
  problems.push(
    ...checkRetired(
      sources.map((s) => ({ slug: s.slug, file: s.file, id: s.data.id, redirectFrom: s.data.redirectFrom })),
      retired.articles,
      retired.file,
      locate,
    ),
  );
  problems.push(
    ...checkRelated(
      sources.map((s) => ({ slug: s.slug, file: s.file, category: s.data.category, tags: [], related: s.data.related })),
      locate,
    ),
  );
  return problems;
}

/**
 * Builds the site model from articles that passed the content check (`checkSite` among it) and the
 * declared categories. It checks nothing again: each rule lives in the check alone.
 */
export function buildSite(
  sources: readonly ArticleSource[],
  categories: readonly Category[],
  retired: RetiredRegistry = NO_RETIRED,
): Site {
  const sorted = [...sources].sort((a, b) => a.data.title.localeCompare(b.data.title) || a.slug.localeCompare(b.slug));
  const withTags = sorted.map((s) => ({ ...s, tags: articleTagSlugs(s.data.keywords) }));
  const related = resolveRelated(
    withTags.map((a) => ({ slug: a.slug, file: a.file, category: a.data.category, tags: a.tags, related: a.data.related })),
  );
  const articles: Article[] = withTags.map((a) => ({ ...a, related: related.get(a.slug) ?? [] }));
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    articles,
    bySlug,
    categories: categories.map((c) => ({ ...c, articles: articles.filter((a) => a.data.category === c.slug) })),
    tags: collectTags(articles.map((a) => ({ slug: a.slug, keywords: a.data.keywords }))),
    mostLinked: mostLinked(related).map(({ slug }) => bySlug.get(slug)!),
    redirects: redirectMap(
      articles.map((a) => ({ slug: a.slug, id: a.data.id, redirectFrom: a.data.redirectFrom })),
      retired.articles,
    ),
  };
}
