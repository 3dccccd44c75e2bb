import { articlesFolder, readArticles } from './articles';
import { dueForReview, parseDay, type ReviewArticle, type ReviewOptions, type ReviewStatus } from './review';

/** A frontmatter date (YAML gives a Date for `2026-11-25`, a string when quoted), or `undefined`. */
function dateOf(value: unknown): Date | undefined {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : undefined;
  return date && !Number.isNaN(date.getTime()) ? date : undefined;
}

/**
 * The review fields of every article in `<contentDir>/articles` (see
 * `isArticleFileName`), read by the one reader of article files. Articles whose dates
 * cannot be read are left out: the content lint and the build report them.
 */
export function readReviewArticles(contentDir: string): ReviewArticle[] {
  return readArticles(articlesFolder(contentDir)).flatMap((article) => {
    const data = article.data;
    const updated = dateOf(data.updated);
    if (!updated) return [];
    return [
      {
        slug: article.slug,
        file: article.file,
        title: String(data.title ?? article.slug),
        owner: typeof data.owner === 'string' && data.owner.trim() ? data.owner.trim() : undefined,
        reviewed: dateOf(data.reviewed),
        updated,
        reviewEvery: typeof data.reviewEvery === 'number' ? data.reviewEvery : undefined,
      },
    ];
  });
}

/**
 * The day the review report is for: `--today`'s value, else `HELPCENTER_TODAY`,
 * else the current UTC date. Tests fix it so no result depends on the calendar.
 */
export function reviewDay(flag: string | undefined, env: string | undefined = process.env.HELPCENTER_TODAY): Date {
  if (flag !== undefined) return parseDay(flag, '--today');
  if (env) return parseDay(env, 'HELPCENTER_TODAY');
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

/** Every article of `contentDir` due or overdue on `options.today`, and how many articles there are. */
export function reviewContent(contentDir: string, options: ReviewOptions): { due: ReviewStatus[]; total: number } {
  const articles = readReviewArticles(contentDir);
  return { due: dueForReview(articles, options), total: articles.length };
}
