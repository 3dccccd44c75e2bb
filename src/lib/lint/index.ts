import { duplicateHeadings } from './duplicate-headings';
import { duplicateSources } from './duplicate-sources';
import { headingLevels } from './heading-levels';
import { imageAlt } from './image-alt';
import { keywordTags } from './keyword-tags';
import { mermaidAccessibility } from './mermaid-accessibility';
import { parseArticle } from './parse';
import { quickAnswerCount } from './quick-answer-count';
import { quickAnswerLength } from './quick-answer-length';
import { relatedSelf } from './related-self';
import { sourceUrls } from './source-urls';
import { taskTableCells } from './task-table';
import { todoMarkers } from './todo-markers';
import { troubleshootAction } from './troubleshoot-action';
import { formatLintProblem, type LintProblem, type LintRule } from './types';

export { formatLintProblem, type LintProblem } from './types';
export { sourcesRequired } from './sources-required';

/** Every content lint rule, by the name printed with its problems. */
export const LINT_RULES: Readonly<Record<string, LintRule>> = {
  'quick-answer-count': quickAnswerCount,
  'quick-answer-length': quickAnswerLength,
  'todo-markers': todoMarkers,
  'keyword-tags': keywordTags,
  'related-self': relatedSelf,
  'source-urls': sourceUrls,
  'duplicate-sources': duplicateSources,
  'heading-levels': headingLevels,
  'duplicate-headings': duplicateHeadings,
  'task-table-cells': taskTableCells,
  'troubleshoot-action': troubleshootAction,
  'image-alt': imageAlt,
  'mermaid-accessibility': mermaidAccessibility,
};

/** Orders problems by file, then position. */
export function compareLintProblems(a: LintProblem, b: LintProblem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * Lints one article. `file` is the path shown in messages; its name gives the
 * slug. Returns every problem, in document order (a file that cannot be parsed
 * gives that one problem).
 */
export function lintArticle(file: string, source: string, rules: Readonly<Record<string, LintRule>> = LINT_RULES): LintProblem[] {
  const article = parseArticle(file, source);
  if (!('tree' in article)) return [article];
  return Object.entries(rules)
    .flatMap(([rule, check]) => check(article).map((problem) => ({ file, rule, ...problem })))
    .sort(compareLintProblems);
}

/**
 * The lint's report: one `file:line:column: message (fix)` line per problem,
 * then one line with the count. An empty string when there is nothing to fix.
 */
export function formatLintReport(problems: readonly LintProblem[]): string {
  if (problems.length === 0) return '';
  const count = problems.length;
  const lines = [...problems].sort(compareLintProblems).map(formatLintProblem);
  return `${lines.join('\n')}\n${count} content lint ${count === 1 ? 'problem' : 'problems'} found; fix ${count === 1 ? 'it' : 'them'} and run again.`;
}
