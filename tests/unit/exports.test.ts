import { describe, expect, it } from 'vitest';
import { articlesJson, llmsTxt, type ExportArticle } from '../../src/lib/exports';

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
        },
        expect.objectContaining({ id: '10' }),
      ],
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
