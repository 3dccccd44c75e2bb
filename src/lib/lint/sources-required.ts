import type { LintRule } from './types';

/**
 * An article whose category requires sources (`"requireSources": true` in
 * content/categories.json) must cite at least one page its facts come from.
 * Built from the declared categories, since the rule needs them and lint rules
 * see one article at a time.
 */
export function sourcesRequired(categories: readonly { slug: string; requireSources?: boolean | undefined }[]): LintRule {
  const required = new Set(categories.filter((c) => c.requireSources).map((c) => c.slug));
  return (article) => {
    const { category, sources } = article.data;
    if (typeof category !== 'string' || !required.has(category)) return [];
    if (Array.isArray(sources) && sources.length > 0) return [];
    return [
      {
        ...article.at(sources === undefined ? ['category'] : ['sources']),
        message: `the article cites no sources, and its category "${category}" requires them ("requireSources": true in categories.json)`,
        fix: 'add the pages its facts come from, e.g. sources: [{ url: https://support.myoperator.com/portal/en/kb/articles/…, title: "How do I add users?" }]',
      },
    ];
  };
}
