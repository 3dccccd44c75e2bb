import { describe, expect, it } from 'vitest';
import { BENCH_CATEGORIES, generateArticles, generateSites, VOCABULARY } from '../../../scripts/bench/generate.mjs';
import { articleSchema } from '../../../src/content/schema/article';
import { tagSlug } from '../../../src/content/tags';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

describe('the benchmark article generator', () => {
  it('gives byte-identical files for the same seed and count', () => {
    expect(generateSites({ count: 60, seed: 7 }).files).toEqual(generateSites({ count: 60, seed: 7 }).files);
  });

  it('gives different articles for a different seed', () => {
    expect(generateSites({ count: 60, seed: 7 }).files).not.toEqual(generateSites({ count: 60, seed: 8 }).files);
  });

  const articles = generateArticles({ count: 200, seed: 1 });
  const { files } = generateSites({ count: 200, seed: 1 });
  const mdx = articles.map((a) => files[`helpcenter/articles/${a.slug}.mdx`]!);

  it('writes frontmatter that passes the site’s article schema', () => {
    const schema = articleSchema(BENCH_CATEGORIES.map((c) => c.slug));
    for (const a of articles) {
      const { title, id, quickAnswer, category, keywords, related, updated } = a;
      expect(schema.safeParse({ title, id, quickAnswer, category, keywords, related, updated }).error).toBeUndefined();
    }
  });

  it('gives every article a unique slug and id', () => {
    expect(new Set(articles.map((a) => a.slug)).size).toBe(200);
    expect(new Set(articles.map((a) => a.id)).size).toBe(200);
  });

  it('relates every article to three other articles that exist', () => {
    const slugs = new Set(articles.map((a) => a.slug));
    for (const a of articles) {
      expect(a.related).toHaveLength(3);
      expect(new Set(a.related).size).toBe(3);
      expect(a.related).not.toContain(a.slug);
      for (const slug of a.related) expect(slugs.has(slug)).toBe(true);
    }
  });

  it('takes 4 to 8 keywords from the shared vocabulary, each a different tag', () => {
    for (const a of articles) {
      expect(a.keywords.length).toBeGreaterThanOrEqual(4);
      expect(a.keywords.length).toBeLessThanOrEqual(8);
      expect(new Set(a.keywords.map(tagSlug)).size).toBe(a.keywords.length);
      for (const k of a.keywords) expect(VOCABULARY).toContain(k);
    }
  });

  it('puts an accessible Mermaid diagram in one article of every 20', () => {
    const withDiagram = mdx.filter((text) => text.includes('```mermaid'));
    expect(withDiagram).toHaveLength(10);
    for (const text of withDiagram) expect(text).toMatch(/accTitle: .+\n\s+accDescr: .+/);
  });

  it('writes 400 to 1,200 words of body per article, with a task table and troubleshooting entries', () => {
    for (const text of mdx) {
      expect(words(body(text))).toBeGreaterThanOrEqual(400);
      expect(words(body(text))).toBeLessThanOrEqual(1200);
      expect(text).toContain('<TaskTable');
      expect(text).toContain('<Troubleshoot problem=');
    }
  });

  it('writes the same articles for Starlight as plain Markdown with a table and no components', () => {
    for (const a of articles) {
      const md = files[`starlight/src/content/docs/${a.category}/${a.slug}.md`]!;
      expect(md).toContain(`title: ${JSON.stringify(a.title)}`);
      expect(md).toContain('| Task | Where to click | How you know it worked |');
      expect(md).toContain('### Problem: ');
      expect(md).not.toMatch(/<(TaskTable|Troubleshoot|Callout)/);
    }
  });

  it('refuses a count it cannot make distinct titles for', () => {
    expect(() => generateArticles({ count: 3 })).toThrow('count must be an integer ≥ 4, got 3');
    expect(() => generateArticles({ count: 6001 })).toThrow('count must be at most 6000 (distinct titles), got 6001');
  });
});
