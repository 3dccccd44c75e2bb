import type { MdNode } from './mdx';

/** A place in a file, both 1-based, as editors count. */
export interface Place {
  line: number;
  column: number;
}

/** One thing the content lint found, located precisely enough to jump to. */
export interface LintProblem extends Place {
  /** Path of the file at fault, relative to the project root, e.g. `content/articles/foo.mdx`. */
  file: string;
  /** Name of the rule that found it, e.g. `heading-levels`. */
  rule: string;
  /** What is wrong, naming the field, component or text. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
}

/** An article as the rules see it: frontmatter values, the Markdown tree and a way to locate fields. */
export interface ParsedArticle {
  /** Path relative to the project root, used in every problem. */
  file: string;
  /** File name without `.mdx`: the article's slug. */
  slug: string;
  /** Frontmatter as plain values (`{}` when there is none). */
  data: Record<string, unknown>;
  /** The MDX body as an mdast tree with positions (remark-mdx + remark-frontmatter). */
  tree: MdNode;
  /**
   * Where a frontmatter field or list item is written: `['keywords', 2]` gives the
   * third keyword. With `text`, the place of that text inside the value when it
   * can be found. Falls back to the field, then to the frontmatter's first line.
   */
  at(path: readonly (string | number)[], text?: string): Place;
}

/** A lint rule: a pure function from one parsed article to the problems it finds. */
export type LintRule = (article: ParsedArticle) => Omit<LintProblem, 'file' | 'rule'>[];

/** `file:line:column: message (fix)` — the form editors and terminals make clickable. */
export function formatLintProblem(problem: LintProblem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.fix})`;
}
