import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/content/article-source';
import { createArticleRenderer } from '../../../src/render/article';

const renderer = createArticleRenderer();
const render = (source: string, file: string) => renderer(parseArticleFile(file, source));
const FILE = 'content/articles/guide.mdx';
const article = (body: string) => `---\ntitle: Guide\n---\n\n${body}\n`;

describe('Markdown elements in articles', { timeout: 30_000 }, () => {
  it('highlights code at build time with light and dark colours, and adds a copy button', async () => {
    const { html, problems } = await render(article('```json\n{ "plan": "pro" }\n```'), FILE);
    expect(problems).toEqual([]);
    expect(html).toMatch(
      /^<div class="code-block not-prose"><button type="button" class="copy-button code-copy no-print" data-copy-code data-pagefind-ignore hidden>Copy<\/button><pre class="shiki shiki-themes github-light-default github-dark-default"[^>]* tabindex="0" data-language="json"><code>/,
    );
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-F]{6};--shiki-dark:#[0-9A-F]{6}">"plan"<\/span>/);
  });

  it('keeps a fence in an unknown language as plain text, and leaves mermaid fences to the diagram step', async () => {
    const { html } = await render(article('```klingon\nqapla\n```\n\n```mermaid\nflowchart LR\n  a --> b\n```'), FILE);
    expect(html).toContain('<code><span class="line"><span>qapla</span></span></code>');
    expect(html).toContain('<pre><code class="language-mermaid">');
  });

  it('puts footnotes under a visible heading, keeps table alignment and renders task lists as checkboxes', async () => {
    const { html } = await render(
      article(
        'Billed monthly.[^1]\n\n[^1]: Plus tax.\n\n| Plan | Price |\n| :-- | --: |\n| Pro | 10 |\n\n- [x] Pay\n- [ ] Log in',
      ),
      FILE,
    );
    expect(html).toContain('<h2 class="footnotes-title" id="footnote-label">Footnotes</h2>');
    expect(html).toContain('<th align="right">Price</th>');
    expect(html).toContain('<ul class="contains-task-list">');
    expect(html).toContain('<li class="task-list-item"><input type="checkbox" checked disabled> Pay</li>');
  });
});
