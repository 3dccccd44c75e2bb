import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/content/article-source';
import { createArticleRenderer } from '../../../src/render/article';

const renderer = createArticleRenderer({ base: '/help/' });
const render = (source: string, file: string) => renderer(parseArticleFile(file, source));
const FILE = 'content/articles/guide.mdx';
const article = (body: string) => `---\ntitle: Guide\n---\n\n${body}\n`;

describe('renderArticle', () => {
  it('takes the tree it changes: the article reads as it was afterwards, and renders the same again', async () => {
    const source = article(
      '## Don\'t panic\n\n<Callout type="tip">Turn on "auto-pay".</Callout>\n\nSee [the guide](/articles/guide/).',
    );
    const file = parseArticleFile(FILE, source);
    const before = structuredClone(file.tree);
    const first = await renderer(file);
    expect(file.tree).toEqual(before);
    const second = await renderer(file);
    expect(second.html).toBe(first.html);
    expect(second.html).toContain('Don’t panic');
  });

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
});
