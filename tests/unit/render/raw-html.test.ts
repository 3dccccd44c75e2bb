import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/content/article-source';
import { checkSource } from '../../../src/lint';
import { components } from '../../../src/lint/components';
import { formatProblem } from '../../../src/lint/problems';
import { createArticleRenderer } from '../../../src/render/article';
import { rawTagProblem, urlProblem } from '../../../src/render/raw-html';

const renderer = createArticleRenderer();
const render = (source: string, file: string) => renderer(parseArticleFile(file, source));
const FILE = 'content/articles/guide.mdx';
const article = (body: string) => `---\ntitle: Guide\n---\n\n${body}\n`;

describe('raw HTML in articles', () => {
  it('keeps the harmless tags of the allow-list as HTML', async () => {
    const result = await render(
      article(
        'Press <kbd>Enter</kbd>, H<sub>2</sub>O, x<sup>2</sup>.<br />\n\n<details open>\n<summary>More</summary>\n\nText.\n\n</details>',
      ),
      FILE,
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<kbd>Enter</kbd>');
    expect(result.html).toContain('<sub>2</sub>');
    expect(result.html).toContain('<details open><summary>More</summary>');
  });

  it.each([
    [
      '<script>alert(1)</script>',
      'content/articles/guide.mdx:5',
      '<script> is not allowed in articles: articles cannot run code',
    ],
    [
      '<iframe src="https://www.youtube.com/embed/x" />',
      'content/articles/guide.mdx:5',
      '<iframe> is not allowed in articles: use <YouTube id="…" title="…" /> or <Vimeo id="…" title="…" /> for a video',
    ],
    [
      '<video src="./x.mp4" />',
      'content/articles/guide.mdx:5',
      '<video> is not allowed in articles: use <Video src="./videos/x.mp4" captions="./videos/x.vtt" poster="./videos/x.jpg" />',
    ],
    ['<style>p</style>', 'content/articles/guide.mdx:5', '<style> is not allowed in articles'],
    [
      'Press <kbd onclick="alert(1)">Enter</kbd>',
      'content/articles/guide.mdx:5',
      '<kbd onclick=…> runs code, which articles cannot do: remove the onclick attribute',
    ],
    [
      '<details style="color:red">x</details>',
      'content/articles/guide.mdx:5',
      '<details> has the attribute "style", which articles cannot set',
    ],
    [
      '<img src="/x.png" alt="x" />',
      'content/articles/guide.mdx:5',
      '<img> is not allowed in articles: use Markdown: ![what the screenshot shows]',
    ],
    ['<svg onload="alert(1)" />', 'content/articles/guide.mdx:5', '<svg> is not allowed in articles'],
  ])('refuses %s at its line, naming what to use instead', (html, place, message) => {
    const problems = checkSource(FILE, article(html), { categories: [] }, { components });
    expect(problems).toHaveLength(1);
    expect(`${problems[0]!.file}:${problems[0]!.line}`).toBe(place);
    expect(`${problems[0]!.message}: ${problems[0]!.fix}`).toContain(message);
  });

  it('refuses javascript:, vbscript: and data: links, even when disguised', async () => {
    for (const url of [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html,<script>alert(1)</script>',
    ]) {
      expect(urlProblem(url), url).toMatch(/which articles cannot use/);
    }
    for (const url of [
      'https://example.com',
      '/articles/x/',
      './images/a.png',
      '#steps',
      'mailto:a@b.c',
      'tel:+911234',
      'page?x=a:b',
    ]) {
      expect(urlProblem(url), url).toBeUndefined();
    }
    const result = await render(article('[Click](javascript:alert(1)) and ![x](javascript:alert(2))'), FILE);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/articles/guide.mdx:5:1: the link "javascript:alert(1)" uses javascript:, which articles cannot use (link to a page with https://, a site path (/articles/slug/) or mailto:)',
      'content/articles/guide.mdx:5:1: the link "javascript:alert(2)" uses javascript:, which articles cannot use (link to a page with https://, a site path (/articles/slug/) or mailto:)',
    ]);
  });

  it('lists the allowed tags when a tag has no better replacement', () => {
    expect(rawTagProblem('marquee', [])).toBe(
      '<marquee> is not allowed in articles: the HTML an article may use is <abbr>, <br>, <cite>, <dd>, <del>, <details>, <dfn>, <dl>, <dt>, <ins>, <kbd>, <mark>, <q>, <s>, <samp>, <small>, <sub>, <summary>, <sup>, <time>, <u>, <var>, <wbr>',
    );
  });
});
