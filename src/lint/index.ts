/**
 * The content check: every rule an article must pass, in one list, and the
 * checks that span articles. Every problem has one shape (`Problem`) and is
 * printed one way (`formatProblem`), whether `npm run lint:content`, the build
 * or `astro dev` finds it.
 *
 * A new rule is a `LintRule` in its own file here, added to `LINT_RULES`.
 */
import { parseArticleFile, type ArticleFile } from '../content/article-source';
import { closest } from '../shared/closest';
import { compareProblems, type Problem } from './problems';
import { type RetiredRegistry, checkSite, type SiteFacts } from '../content/site-model';
import { components } from './components';
import { duplicateHeadings } from './duplicate-headings';
import { duplicateSources } from './duplicate-sources';
import { fileName } from './file-name';
import { headingLevels } from './heading-levels';
import { imageAlt } from './image-alt';
import { keywordTags } from './keyword-tags';
import { mermaidAccessibility } from './mermaid-accessibility';
import { quickAnswerCount } from './quick-answer-count';
import { relatedSelf } from './related-self';
import { schema, schemaResult } from './schema';
import { safeUrls } from './safe-urls';
import { sourceUrls } from './source-urls';
import { sourcesRequired } from './sources-required';
import { taskTableCells } from './task-table';
import { todoMarkers } from './todo-markers';
import { troubleshootAction } from './troubleshoot-action';
import type { LintRule, ParsedArticle, RuleContext } from './types';

export type { LintRule, RuleContext } from './types';

/** Every rule an article must pass, by the name printed with its problems. */
export const LINT_RULES: Readonly<Record<string, LintRule>> = {
  'file-name': fileName,
  schema,
  components,
  'quick-answer-count': quickAnswerCount,
  'todo-markers': todoMarkers,
  'keyword-tags': keywordTags,
  'related-self': relatedSelf,
  'source-urls': sourceUrls,
  'duplicate-sources': duplicateSources,
  'sources-required': sourcesRequired,
  'heading-levels': headingLevels,
  'duplicate-headings': duplicateHeadings,
  'task-table-cells': taskTableCells,
  'troubleshoot-action': troubleshootAction,
  'image-alt': imageAlt,
  'safe-urls': safeUrls,
  'mermaid-accessibility': mermaidAccessibility,
};

/**
 * Checks one article against `rules`. Returns every problem, in document order;
 * a file that cannot be parsed gives that one problem.
 */
export function checkArticle(
  article: ArticleFile,
  context: RuleContext,
  rules: Readonly<Record<string, LintRule>> = LINT_RULES,
): Problem[] {
  const tree = article.tree;
  if (!tree) return [article.syntaxProblem!];
  // The getters of an ArticleFile do not survive a spread, so the parsed view copies them by hand.
  const parsed: ParsedArticle = { ...article, data: article.data, tree };
  return Object.entries(rules)
    .flatMap(([rule, check]) => check(parsed, context).map((finding) => ({ file: article.file, rule, ...finding })))
    .sort(compareProblems);
}

/** What the checks spanning articles need of one that passed its own checks, or `undefined` if it did not. */
export function siteFactsOf(article: ArticleFile, context: RuleContext): SiteFacts | undefined {
  const result = schemaResult(article.data, context.categories);
  if (!result.success) return undefined;
  const { id, category, related, redirectFrom } = result.data;
  return { slug: article.slug, file: article.file, data: { id, category, related, redirectFrom } };
}

/**
 * The checks spanning articles (unique ids, related slugs, old and retired
 * slugs), over the articles whose frontmatter passed the schema. `locate`
 * finds a field's line in a file.
 */
export function checkAcrossArticles(
  facts: readonly SiteFacts[],
  retired: RetiredRegistry,
  locate: (file: string, field: readonly (string | number)[]) => { line: number; column: number },
): Problem[] {
  return checkSite(facts, retired, locate).sort(compareProblems);
}

/**
 * The site settings that name an article: `featured` (the article the home page leads with) must be
 * the slug of one of `slugs`. `file` is the settings file, as printed.
 */
export function checkSettings(
  settings: { featured: string },
  slugs: readonly string[],
  file: string,
  at: { line: number; column: number } = { line: 1, column: 1 },
): Problem[] {
  if (slugs.includes(settings.featured)) return [];
  const suggestion = closest(settings.featured, slugs);
  return [
    {
      file,
      ...at,
      rule: 'site-settings',
      message: `featured: no article has the slug "${settings.featured}"${suggestion ? `. Did you mean "${suggestion}"?` : ''}`,
      fix: 'name an article by its file name without .mdx',
    },
  ];
}

/** Checks the text `source` of the article file `file` (a convenience for tools and tests that hold the text). */
export function checkSource(
  file: string,
  source: string,
  context: RuleContext,
  rules: Readonly<Record<string, LintRule>> = LINT_RULES,
): Problem[] {
  return checkArticle(parseArticleFile(file, source), context, rules);
}
