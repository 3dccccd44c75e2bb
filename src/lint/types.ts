import type { Root } from 'mdast';
import type { ArticleFile } from '../content/article-source';
import type { Problem } from './problems';

export type { Place, Problem } from './problems';

/** An article as the rules see it: read, and parsed without error (see `ArticleFile`). */
export interface ParsedArticle extends Omit<ArticleFile, 'tree' | 'syntaxProblem'> {
  /** The MDX body as an mdast tree with positions. */
  tree: Root;
}

/** What the rules know of the site besides the article. */
export interface RuleContext {
  /** Slugs of the declared categories (`content/categories.json`). */
  categories: readonly string[];
  /** Slugs of the categories whose articles must cite sources (`"requireSources": true`); none when absent. */
  sourcesRequiredIn?: readonly string[] | undefined;
}

/** What a rule reports: a problem without the file and the rule's name, which the checker adds. */
export type Finding = Omit<Problem, 'file' | 'rule'>;

/** A lint rule: a pure function from one parsed article to the problems it finds. */
export type LintRule = (article: ParsedArticle, context: RuleContext) => Finding[];
