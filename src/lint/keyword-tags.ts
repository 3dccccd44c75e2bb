import { tagSlug } from '../content/tags';
import type { LintRule } from './types';

/** Keywords that fold to the same tag ("Call flow", "call-flow") are one tag written twice; one with no letters is no tag at all. */
export const keywordTags: LintRule = (article) => {
  const keywords = article.data.keywords;
  if (!Array.isArray(keywords)) return [];
  const seen = new Map<string, { index: number; keyword: string }>();
  return keywords.flatMap((keyword: unknown, index) => {
    if (typeof keyword !== 'string') return [];
    const slug = tagSlug(keyword);
    if (!slug) {
      return [
        {
          ...article.at(['keywords', index]),
          message: `keywords[${index}] "${keyword}" has no letters or digits, so it makes no tag`,
          fix: 'write a phrase customers type, or remove it',
        },
      ];
    }
    const first = seen.get(slug);
    if (!first) {
      seen.set(slug, { index, keyword });
      return [];
    }
    return [
      {
        ...article.at(['keywords', index]),
        message: `keywords[${index}] "${keyword}" is the same tag ("${slug}") as keywords[${first.index}] "${first.keyword}"`,
        fix: 'remove one of them; case, spaces and punctuation do not make a different tag',
      },
    ];
  });
};
