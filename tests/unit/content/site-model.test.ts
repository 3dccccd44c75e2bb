import { describe, expect, it } from 'vitest';
import type { ArticleData } from '../../../src/content/schema/article';
import { buildSite, checkSite, type ArticleSource } from '../../../src/content/site-model';

const categories = [
  { slug: 'getting-started', title: 'Getting started', description: 'First steps.' },
  { slug: 'billing', title: 'Billing', description: 'Paying.' },
];

function source(slug: string, data: Partial<ArticleData> = {}): ArticleSource {
  return {
    slug,
    file: `content/articles/${slug}.mdx`,
    data: {
      title: `Question about ${slug}?`,
      id: slug,
      quickAnswer: `Answer about ${slug}.`,
      category: 'getting-started',
      keywords: ['call flow'],
      related: [],
      updated: new Date('2026-11-25'),
      sources: [],
      redirectFrom: [],
      ...data,
    },
  };
}

describe('checkSite', () => {
  it('rejects a duplicate id, naming the article that holds it', () => {
    expect(checkSite([source('a', { id: '101' }), source('b', { id: '101' })])).toEqual([
      {
        file: 'content/articles/b.mdx',
        line: 1,
        column: 1,
        rule: 'site',
        message: 'id "101" is already used by content/articles/a.mdx; ids are never shared or reused',
        fix: 'give this article a new one',
      },
    ]);
  });

  it('rejects an old slug that is a live article or already redirects elsewhere', () => {
    const problems = checkSite([
      source('a', { redirectFrom: ['b', 'old'] }),
      source('b'),
      source('c', { redirectFrom: ['old'] }),
    ]);
    expect(problems.map((p) => `${p.file} ${p.message.split(' ')[0]!}`)).toEqual([
      'content/articles/a.mdx redirectFrom[0]',
      'content/articles/c.mdx redirectFrom[0]',
    ]);
  });

  it('places each problem at its field when told where fields are', () => {
    const problems = checkSite([source('a', { id: '101' }), source('b', { id: '101' })], undefined, (file, field) => ({
      line: file.endsWith('b.mdx') && field[0] === 'id' ? 3 : 99,
      column: 1,
    }));
    expect(problems.map((p) => `${p.file}:${p.line}`)).toEqual(['content/articles/b.mdx:3']);
  });
});

describe('buildSite', () => {
  it('groups articles by category, collects tags and resolves related links', () => {
    const site = buildSite(
      [
        source('guide', { keywords: ['Call flow', 'IVR'], related: ['pay'] }),
        source('pay', { category: 'billing', keywords: ['billing'] }),
        source('ivr', { keywords: ['ivr'] }),
      ],
      categories,
    );
    expect(site.categories.map((c) => [c.slug, c.articles.map((a) => a.slug)])).toEqual([
      ['getting-started', ['guide', 'ivr']],
      ['billing', ['pay']],
    ]);
    expect(site.tags.map((t) => `${t.slug}:${t.articles.join(',')}`)).toEqual([
      'billing:pay',
      'call-flow:guide',
      'ivr:guide,ivr',
    ]);
    expect(site.bySlug.get('guide')!.related).toEqual(['pay', 'ivr']);
    expect(site.mostLinked[0]!.slug).toBe('guide');
  });
});

describe('buildSite with retired articles', () => {
  const retired = {
    file: 'content/retired.json',
    articles: [
      { id: 'old', slug: 'old-guide', title: 'Old guide', oldSlugs: [], retired: new Date('2026-10-01'), replacedBy: 'guide' },
    ],
  };

  it('lists short links, old slugs and replaced retired articles as redirects', () => {
    const site = buildSite([source('guide', { redirectFrom: ['first-guide'] }), source('pay')], categories, retired);
    expect(site.redirects.map((r) => `${r.from} → ${r.to}`)).toEqual([
      'a/guide → articles/guide',
      'a/old → articles/guide',
      'a/pay → articles/pay',
      'articles/first-guide → articles/guide',
      'articles/old-guide → articles/guide',
    ]);
  });

  it('is given checked articles: a live article taking a retired id is a problem of checkSite', () => {
    expect(
      checkSite([source('guide'), source('pay', { id: 'old' })], retired).map(
        (p) => `${p.file}:${p.line}:${p.column}: ${p.message}`,
      ),
    ).toEqual([expect.stringMatching(/^content\/articles\/pay\.mdx:1:1: id "old" was held by the retired article "old-guide"/)]);
  });
});
