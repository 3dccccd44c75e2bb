import { isSlug } from '../content/slug';
import type { LintRule } from './types';

/** The file name is the article's URL segment, so it must be a slug. */
export const fileName: LintRule = (article) =>
  isSlug(article.slug)
    ? []
    : [
        {
          line: 1,
          column: 1,
          message: `the file name "${article.slug}.mdx" is not a slug`,
          fix: `rename it to "${article.slug.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.mdx" (lower-case letters, digits and "-")`,
        },
      ];
