import type { LintRule } from './types';

/** An article listed among its own related articles sends the reader in a circle. */
export const relatedSelf: LintRule = (article) => {
  const related = article.data.related;
  if (!Array.isArray(related)) return [];
  return related.flatMap((slug: unknown, index) =>
    slug === article.slug
      ? [
          {
            ...article.at(['related', index]),
            message: `related[${index}] "${article.slug}" is this article itself`,
            fix: 'remove it and link a different article',
          },
        ]
      : [],
  );
};
