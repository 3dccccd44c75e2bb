/** One thing wrong with the content, located precisely enough to fix. */
export interface ContentProblem {
  /** Path of the file at fault, relative to the project root, e.g. `content/articles/foo.mdx`. */
  file: string;
  /** Frontmatter field path (`related[1]`) or component (`<TaskTable>`), when there is one. */
  field?: string;
  /** What is wrong and how to fix it, as one sentence or two. */
  message: string;
}

/** One line per problem: `file: field: message`. */
export function formatProblem(problem: ContentProblem): string {
  return [problem.file, problem.field, problem.message].filter(Boolean).join(': ');
}

/**
 * Thrown when the content cannot be built. Its message lists every problem,
 * one per line, then how many there were, so an author fixes them all in one go.
 */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    const count = problems.length;
    const lines = [...problems].sort(compareProblems).map((p) => `  ✗ ${formatProblem(p)}`);
    super(
      `${count} content ${count === 1 ? 'problem' : 'problems'} found; fix ${count === 1 ? 'it' : 'them'} and build again:\n${lines.join('\n')}`,
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}

function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.field ?? '').localeCompare(b.field ?? '');
}
