import { describe, expect, it } from 'vitest';
import { formatLintReport, lintArticle } from '../../../src/lib/lint';
import { parseArticle } from '../../../src/lib/lint/parse';
import { mdx } from './lint-helpers';

describe('parseArticle', () => {
  it('locates frontmatter fields, list items and text inside a value', () => {
    const article = parseArticle('content/articles/guide.mdx', mdx('Body.', { keywords: '\n  - one\n  - two' }));
    if (!('tree' in article)) throw new Error(article.message);
    expect(article.slug).toBe('guide');
    expect(article.at(['quickAnswer'])).toEqual({ line: 4, column: 1 });
    expect(article.at(['quickAnswer'], 'then')).toEqual({ line: 4, column: 41 });
    expect(article.at(['keywords', 1])).toEqual({ line: 8, column: 5 });
    expect(article.at(['missing'])).toEqual({ line: 2, column: 1 });
  });

  it('reports MDX and YAML that cannot be parsed as one located problem', () => {
    expect(lintArticle('content/articles/guide.mdx', mdx('## Steps\n\n<TaskTable tasks={[ }\n'))).toMatchInlineSnapshot(`
      [
        {
          "column": 21,
          "file": "content/articles/guide.mdx",
          "fix": "fix the syntax; write < as &lt; and { as \\{ in text",
          "line": 12,
          "message": "the MDX cannot be parsed: Could not parse expression with acorn",
          "rule": "parse",
        },
      ]
    `);
    expect(lintArticle('content/articles/guide.mdx', '---\ntitle: [unclosed\n---\n\nBody.\n')).toMatchInlineSnapshot(`
      [
        {
          "column": 17,
          "file": "content/articles/guide.mdx",
          "fix": "fix the YAML between the --- lines; quote a value that contains ": " or starts with a quote",
          "line": 2,
          "message": "the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
          "rule": "parse",
        },
      ]
    `);
  });

  it('formats a report: one line per problem, then the count', () => {
    const problems = lintArticle('content/articles/guide.mdx', mdx('# Title\n\n#### Deep\n'));
    expect(formatLintReport(problems)).toMatchInlineSnapshot(`
      "content/articles/guide.mdx:10:1: a # heading in the body; the title is the page’s only h1 (use ## for a section; the title comes from the frontmatter)
      content/articles/guide.mdx:12:1: heading level skips from ## to #### (use ### here, or add the missing level above it)
      2 content lint problems found; fix them and run again."
    `);
    expect(formatLintReport([])).toBe('');
  });
});
