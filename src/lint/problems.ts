/**
 * The one shape of every content problem, whichever check found it (schema,
 * lint rules, components, links between articles, diagrams, synonyms), and the
 * one way they are printed: `file:line:column: message (fix)`, the form editors
 * and terminals make clickable.
 */

/** A place in a file, both 1-based, as editors count. */
export interface Place {
  line: number;
  column: number;
}

/** One thing wrong with the content, located precisely enough to jump to and fix. */
export interface Problem extends Place {
  /** Path of the file at fault, relative to the project root, e.g. `content/articles/foo.mdx`. */
  file: string;
  /** Name of the check that found it, e.g. `heading-levels`, `schema`, `components`. */
  rule: string;
  /** What is wrong, naming the field, component or text. */
  message: string;
  /** How to fix it, as an instruction. */
  fix: string;
}

/** The start of a file: where a problem goes that belongs to no line. */
export const FILE_START: Place = { line: 1, column: 1 };

/** `file:line:column: message (fix)`. */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}:${problem.column}: ${problem.message} (${problem.fix})`;
}

/** Orders problems by file, then position, then rule. */
export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

/**
 * A report of `problems`: one line per problem in file order, then one line
 * with the count and `then` (what to do after fixing, e.g. "build again").
 * An empty string when there is nothing to fix.
 */
export function formatReport(problems: readonly Problem[], then = 'run again'): string {
  if (problems.length === 0) return '';
  const count = problems.length;
  const lines = [...problems].sort(compareProblems).map((p) => `  ✗ ${formatProblem(p)}`);
  return `${count} content ${count === 1 ? 'problem' : 'problems'} found; fix ${count === 1 ? 'it' : 'them'} and ${then}:\n${lines.join('\n')}`;
}

/**
 * Thrown when the content cannot be built. Its message lists every problem,
 * one per line, after their count, so an author fixes them all in one go. It
 * carries no stack trace: the lines already say where each problem is.
 */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  /** `then` says what to do after fixing them: "build again" (default) or, under `astro dev`, "save". */
  constructor(problems: readonly Problem[], then = 'build again') {
    super(formatReport(problems, then));
    this.name = 'ContentError';
    this.problems = problems;
    this.stack = '';
  }
}
