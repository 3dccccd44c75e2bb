import type { LintRule } from './types';

/**
 * An article whose category requires sources (`"requireSources": true` in
 * content/categories.json, given to the rules as `sourcesRequiredIn`) must cite
 * at least one page its facts come from.
 */
export const sourcesRequired: LintRule = (article, context) => {
  const { category, sources } = article.data;
  if (typeof category !== 'string' || !context.sourcesRequiredIn?.includes(category)) return [];
  if (Array.isArray(sources) && sources.length > 0) return [];
  return [
    {
      ...article.at(sources === undefined ? ['category'] : ['sources']),
      message: `the article cites no sources, and its category "${category}" requires them ("requireSources": true in categories.json)`,
      fix: 'add the pages its facts come from, e.g. sources: [{ url: https://support.myoperator.com/portal/en/kb/articles/…, title: "How do I add users?" }]',
    },
  ];
};
