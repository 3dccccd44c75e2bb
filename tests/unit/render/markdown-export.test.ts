import { describe, expect, it } from 'vitest';
import { articleMarkdown, mdxToMarkdown } from '../../../src/render/markdown-export';

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
        sources: [{ url: 'https://s.test/' }],
      },
      '## Steps\n\nDo it.',
    );
    expect(md).toBe(
      '# How?\n\n> **⚡ Quick answer:** Like this.\n\nLink for tickets: <https://h.test/a/1/> · Web page: <https://h.test/articles/how/>\n\n## Steps\n\nDo it.\n\n## Sources\n\n- <https://s.test/>\n',
    );
  });

  it('lists a titled source as a link with its title, an untitled one as its address', () => {
    const md = articleMarkdown(
      {
        title: 'How?',
        quickAnswer: 'Like this.',
        url: 'https://h.test/articles/how/',
        shortUrl: 'https://h.test/a/1/',
        sources: [{ url: 'https://s.test/a', title: 'Terms [2026]' }, { url: 'https://s.test/b' }],
      },
      'Body.',
    );
    expect(md.split('## Sources\n\n')[1]).toBe('- [Terms \\[2026\\]](https://s.test/a)\n- <https://s.test/b>\n');
  });
});

describe('media in Markdown exports', () => {
  it('keeps the alt text of screenshots and videos and points them at absolute URLs', () => {
    const asset = (path: string) => `https://help.example.com/_media/${path.split('/').pop()}`;
    const body = [
      '![The dashboard](./images/dashboard.png "After login")',
      '',
      '<Figure src="./images/settings.png" alt="The settings page" caption="Save is at the bottom" />',
      '',
      '<Video src="./videos/tour.mp4" captions="./videos/tour.vtt" title="A tour" />',
      '',
      '<YouTube id="dQw4w9WgXcQ" title="Two minutes" />',
    ].join('\n');
    expect(mdxToMarkdown(body, { resolveAsset: asset })).toBe(
      [
        '![The dashboard](https://help.example.com/_media/dashboard.png "After login")',
        '',
        '![The settings page](https://help.example.com/_media/settings.png)',
        '',
        '*Save is at the bottom*',
        '',
        '[Video: A tour](https://help.example.com/_media/tour.mp4) ([Captions](https://help.example.com/_media/tour.vtt))',
        '',
        '[Video: Two minutes](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
        '',
      ].join('\n'),
    );
  });
});
