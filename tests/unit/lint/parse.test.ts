import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/content/article-source';
import { checkSource } from '../../../src/lint';
import { formatReport } from '../../../src/lint/problems';
import { CONTEXT, mdx } from './lint-helpers';

describe('parseArticleFile', () => {
  it('locates frontmatter fields, list items and text inside a value', () => {
    const article = parseArticleFile('content/articles/guide.mdx', mdx('Body.', { keywords: '\n  - one\n  - two' }));
    expect(article.syntaxProblem).toBeUndefined();
    expect(article.slug).toBe('guide');
    expect(article.at(['quickAnswer'])).toEqual({ line: 4, column: 1 });
    expect(article.at(['quickAnswer'], 'then')).toEqual({ line: 4, column: 41 });
    expect(article.at(['keywords', 1])).toEqual({ line: 8, column: 5 });
    expect(article.at(['missing'])).toEqual({ line: 2, column: 1 });
  });

  it('takes frontmatter values read before, and still places fields and parses the body', () => {
    const source = mdx('## Steps\n\nBody.', { keywords: '\n  - one\n  - two' });
    const fresh = parseArticleFile('content/articles/guide.mdx', source);
    const adopted = parseArticleFile('content/articles/guide.mdx', source);
    adopted.adoptData(JSON.parse(JSON.stringify(fresh.data)) as Record<string, unknown>);
    expect(adopted.data).toEqual(fresh.data);
    expect(adopted.tree).toEqual(fresh.tree);
    expect(adopted.syntaxProblem).toBeUndefined();
    expect(adopted.at(['keywords', 1])).toEqual({ line: 8, column: 5 });
    // Values already read from the YAML stay those.
    fresh.adoptData({ title: 'other' });
    expect(fresh.data.title).not.toBe('other');
  });

  it('reports MDX and YAML that cannot be parsed as one located problem', () => {
    expect(checkSource('content/articles/guide.mdx', mdx('## Steps\n\n<TaskTable tasks={[ }\n'), CONTEXT)).toMatchInlineSnapshot(`
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
    expect(checkSource('content/articles/guide.mdx', '---\ntitle: [unclosed\n---\n\nBody.\n', CONTEXT)).toMatchInlineSnapshot(`
      [
        {
          "column": 1,
          "file": "content/articles/guide.mdx",
          "fix": "fix the YAML between the --- lines; quote a value that contains ": " or starts with a quote",
          "line": 3,
          "message": "the frontmatter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]",
          "rule": "parse",
        },
      ]
    `);
  });

  it('points an unclosed component at its opening tag, in a plain sentence before the parser’s words', () => {
    const [problem, ...rest] = checkSource(
      'content/articles/guide.mdx',
      mdx('Text.\n\n<Callout type="tip">\n\nPay early.\n'),
      CONTEXT,
    );
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ line: 12, column: 1, rule: 'parse' });
    expect(problem!.message).toMatch(/^<Callout> is opened here but never closed \(the MDX parser says: Expected a closing tag/);
    expect(problem!.fix).toBe('write </Callout> where its text ends, or end the tag with /> when it has none');
  });

  it('formats a report: the count, then one line per problem', () => {
    const problems = checkSource('content/articles/guide.mdx', mdx('# Title\n\n#### Deep\n'), CONTEXT);
    expect(formatReport(problems)).toMatchInlineSnapshot(`
      "2 content problems found; fix them and run again:
        ✗ content/articles/guide.mdx:10:1: a # heading in the body; the title is the page’s only h1 (use ## for a section; the title comes from the frontmatter)
        ✗ content/articles/guide.mdx:12:1: heading level skips from ## to #### (use ### here, or add the missing level above it)"
    `);
    expect(formatReport([])).toBe('');
  });
});
