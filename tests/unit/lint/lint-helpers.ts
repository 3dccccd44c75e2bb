import { checkSource, LINT_RULES } from '../../../src/lint';
import { formatProblem } from '../../../src/lint/problems';

/** The categories the unit tests' articles may use. */
export const CONTEXT = { categories: ['getting-started', 'billing'] };

/** The frontmatter of a valid article, one field per line; `fields` replaces or adds lines. */
export function frontmatter(fields: Record<string, string> = {}): string {
  const all: Record<string, string> = {
    title: 'What do I do after paying?',
    id: '"1"',
    quickAnswer: 'Confirm the receipt email, then log in.',
    category: 'getting-started',
    keywords: '[activation, login]',
    updated: '2026-11-25',
    ...fields,
  };
  return `---\n${Object.entries(all)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n`;
}

/** An article with the given frontmatter fields and body. */
export const mdx = (body: string, fields?: Record<string, string>) => `${frontmatter(fields)}\n${body}`;

/** What one rule prints for `source`, as `file:line:column: message (fix)` lines. */
export function lint(rule: keyof typeof LINT_RULES, source: string, file = 'content/articles/guide.mdx'): string[] {
  return checkSource(file, source, CONTEXT, { [rule]: LINT_RULES[rule]! }).map(formatProblem);
}
