import { describe, expect, it } from 'vitest';
import { createArticleRenderer } from '../../../src/lib/render/article';

const render = createArticleRenderer({ base: '/help/' });
const FILE = 'content/articles/guide.mdx';
const article = (body: string) => `---\ntitle: Guide\n---\n\n${body}\n`;

describe('renderArticle', () => {
  it('renders Markdown as Astro does: GitHub tables, smart quotes, heading ids, base-path links', async () => {
    const result = await render(
      article(
        `## Don't panic\n\n| a | b |\n| - | - |\n| 1 | 2 |\n\nSee [the guide](/articles/guide/) or [MyOperator](https://myoperator.com).\n\n#### Deep`,
      ),
      FILE,
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<h2 id="don-t-panic" data-anchor>Don’t panic</h2>');
    expect(result.html).toContain('<table>');
    expect(result.html).toContain('<a href="/help/articles/guide/">the guide</a>');
    expect(result.html).toContain('<a href="https://myoperator.com" rel="noopener noreferrer">MyOperator</a>');
    expect(result.headings).toEqual([
      { depth: 2, slug: 'don-t-panic', text: 'Don’t panic' },
      { depth: 4, slug: 'deep', text: 'Deep' },
    ]);
  });

  it('renders the components to HTML with their anchors, and lists the components used', async () => {
    const result = await render(
      article(
        [
          '<TaskTable checklist caption="Setup" tasks={[{ task: "Add users", where: "Users → Add User", success: "Active", note: "Admins only." }]} />',
          '',
          '<Troubleshoot problem="Can’t log in">Click **Forgot password**.</Troubleshoot>',
          '',
          '<Callout type="tip">Turn on auto-pay.</Callout>',
          '',
          'Press <kbd>Enter</kbd>. {/* a note for authors */}',
        ].join('\n'),
      ),
      FILE,
    );
    expect(result.problems).toEqual([]);
    expect(result.components).toEqual(['Callout', 'TaskTable', 'Troubleshoot']);
    expect(result.html).toContain('<tr id="task-add-users"');
    expect(result.html).toContain('data-checklist="tasks-setup"');
    expect(result.html).toContain('<li id="task-add-users-note">');
    expect(result.html).toContain('<h3 id="problem-can-t-log-in"');
    expect(result.html).toContain('<strong>Action:</strong> Click <strong>Forgot password</strong>.</div>');
    expect(result.html).toContain('aria-label="Tip"');
    expect(result.html).toMatch(/<p>Press <kbd>Enter<\/kbd>\. ?<\/p>/);
    expect(result.html).not.toMatch(/<p><(section|aside|div)/);
    // A troubleshooting entry is not a section of the table of contents.
    expect(result.headings).toEqual([]);
  });

  it('collects every problem at its file:line instead of stopping at the first', async () => {
    const result = await render(
      article(
        [
          '<Callut>Hi</Callut>',
          '',
          '<Callout titel="x">Hi</Callout>',
          '',
          '<TaskTable tasks={rows} />',
          '',
          'Total: {1 + 1}',
          '',
          '<Troubleshoot problem="No sound">',
          '</Troubleshoot>',
        ].join('\n'),
      ),
      FILE,
    );
    expect(result.problems).toEqual([
      {
        file: `${FILE}:5`,
        message:
          '<Callut> is not a component articles can use — did you mean <Callout>? Use one of <Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>',
      },
      { file: `${FILE}:7`, message: '<Callout> has no attribute "titel" — did you mean "title"? Allowed: type, title' },
      {
        file: `${FILE}:9`,
        message:
          '<TaskTable> tasks={…}: a variable is not allowed here: write the value out as text in quotes, numbers, true/false, [ … ] and { … }',
      },
      {
        file: `${FILE}:11`,
        message: '{…} runs code, which articles cannot do; write the text itself, or \\{ for a literal brace',
      },
      {
        file: `${FILE}:13`,
        message:
          '<Troubleshoot> "No sound" has no action: write what the customer should do between <Troubleshoot …> and </Troubleshoot>',
      },
    ]);
  });

  it('refuses import and export lines', async () => {
    const result = await render(article(`import X from './x.astro';\n\nText.`), FILE);
    expect(result.problems).toEqual([
      {
        file: `${FILE}:5`,
        message:
          '`import` and `export` are not supported in articles; the components (<TaskTable>, <Troubleshoot>, <Callout>, <QuickAnswer>) need no import — remove the line',
      },
    ]);
  });

  it('returns MDX it cannot parse as a problem at its line', async () => {
    const result = await render(article('Text\n\n<Callout>unclosed'), FILE);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.file).toBe(`${FILE}:7`);
    expect(result.problems[0]!.message).toMatch(/^the MDX cannot be parsed: /);
  });
});
