import { describe, expect, it } from 'vitest';
import { articlesJson, llmsTxt, type ExportArticle } from '../../../src/render/exports';

const article = (id: string, slug: string): ExportArticle => ({
  id,
  slug,
  title: `Title ${id}`,
  quickAnswer: `Answer ${id}.`,
  category: 'billing',
  tags: ['billing'],
  related: ['other'],
  relatedIds: ['7'],
  updated: new Date('2026-11-25T00:00:00Z'),
  url: `https://h.test/articles/${slug}/`,
  shortUrl: `https://h.test/a/${id}/`,
  markdownUrl: `https://h.test/articles/${slug}.md`,
});

describe('articlesJson', () => {
  it('lists every article by id with its URLs, related ids and date', () => {
    expect(articlesJson([article('10', 'ten'), article('9', 'nine')])).toEqual({
      articles: [
        {
          id: '9',
          slug: 'nine',
          title: 'Title 9',
          url: 'https://h.test/articles/nine/',
          shortUrl: 'https://h.test/a/9/',
          markdownUrl: 'https://h.test/articles/nine.md',
          quickAnswer: 'Answer 9.',
          category: 'billing',
          tags: ['billing'],
          related: ['7'],
          updated: '2026-11-25',
          reviewed: null,
          owner: null,
        },
        expect.objectContaining({ id: '10' }),
      ],
    });
  });

  it('carries when an article was last checked against the product and who checks it', () => {
    const checked = { ...article('9', 'nine'), reviewed: new Date('2026-11-29T00:00:00Z'), owner: 'Billing team' };
    expect(articlesJson([checked]).articles[0]).toMatchObject({
      updated: '2026-11-25',
      reviewed: '2026-11-29',
      owner: 'Billing team',
    });
  });
});

describe('llmsTxt', () => {
  it('lists articles by category with their quick answers, skipping empty categories', () => {
    expect(
      llmsTxt({ name: 'Help', description: 'Answers.' }, [
        { title: 'Billing', articles: [article('9', 'nine')] },
        { title: 'Empty', articles: [] },
      ]),
    ).toBe('# Help\n\n> Answers.\n\n## Billing\n\n- [Title 9](https://h.test/articles/nine.md): Answer 9.\n');
  });
});
