import { describe, expect, it } from 'vitest';
import { articleMarkdown, mdxToMarkdown } from '../../src/lib/markdown-export';

describe('mdxToMarkdown', () => {
  it('turns task tables into Markdown tables with escaped footnote marks', () => {
    const body = `Intro.

<TaskTable
  checklist
  caption="Checklist"
  tasks={[
    { task: "Log in", where: "Dashboard | web", success: "It loads" },
    { task: "Verify", where: "Settings", success: "Approved", note: "Only when porting." },
  ]}
/>

After.`;
    expect(mdxToMarkdown(body)).toBe(`Intro.

**Checklist**

| Task | Where to click | Success indicator |
| --- | --- | --- |
| Log in | Dashboard \\| web | It loads |
| Verify\\* | Settings | Approved |

\\* Only when porting.

After.
`);
  });

  it('turns troubleshooting entries, callouts and quick answers into text, and drops comments', () => {
    const body = `{/* note to authors */}
<Troubleshoot problem="Can’t log in">
  Click **Forgot password**.
  Then try again.
</Troubleshoot>

<Callout type="tip" title="Save time">Turn on auto-pay.</Callout>

<Callout type="warning">Careful.</Callout>

<QuickAnswer text="Yes." />`;
    expect(mdxToMarkdown(body)).toBe(`**Problem:** Can’t log in  
**Action:** Click **Forgot password**. Then try again.

> **Save time:** Turn on auto-pay.

> **Warning:** Careful.

> **⚡ Quick answer:** Yes.
`);
  });

  it('makes root-relative links absolute and leaves code blocks alone', () => {
    const body = 'See [auto-pay](/articles/set-up-auto-pay/) and [x](https://x.test/).\n\n```mdx\n<Callout>kept</Callout>\n```';
    expect(mdxToMarkdown(body, { resolveLink: (p) => `https://help.test/help${p}` })).toBe(
      'See [auto-pay](https://help.test/help/articles/set-up-auto-pay/) and [x](https://x.test/).\n\n```mdx\n<Callout>kept</Callout>\n```\n',
    );
  });
});

describe('articleMarkdown', () => {
  it('starts with the title, the quick answer and the link for tickets', () => {
    const md = articleMarkdown(
      {
        title: 'How?',
        quickAnswer: 'Like this.',
        url: 'https://h.test/articles/how/',
        shortUrl: 'https://h.test/a/1/',
        sources: ['https://s.test/'],
      },
      '## Steps\n\nDo it.',
    );
    expect(md).toBe(
      '# How?\n\n> **⚡ Quick answer:** Like this.\n\nLink for tickets: <https://h.test/a/1/> · Web page: <https://h.test/articles/how/>\n\n## Steps\n\nDo it.\n\n## Sources\n\n- <https://s.test/>\n',
    );
  });
});
