import { describe, expect, it } from 'vitest';
import { findBrokenLinks, pagePath, type PageLinks } from '../../../src/lint/links';

const page = (ids: string[], hrefs: (string | [string, string])[]): PageLinks => ({
  ids: new Set(ids),
  links: hrefs.map((h) => (typeof h === 'string' ? { href: h } : { href: h[0], rel: h[1] })),
});

describe('pagePath', () => {
  it('serves index.html files at their folder', () => {
    expect(pagePath('articles/a/index.html')).toBe('/articles/a/');
    expect(pagePath('index.html')).toBe('/');
    expect(pagePath('404.html')).toBe('/404.html');
  });
});

describe('findBrokenLinks', () => {
  const files = new Set(['/', '/articles/a/', '/favicon.svg']);

  it('accepts links to pages, files and fragments that exist, and safe external links', () => {
    const pages = new Map([
      [
        '/',
        page(
          ['top'],
          [
            '/articles/a/',
            '/articles/a/#step',
            'articles/a/',
            '/favicon.svg',
            '#top',
            'mailto:x@y.z',
            ['https://example.com/', 'noopener noreferrer'],
          ],
        ),
      ],
      ['/articles/a/', page(['step'], ['../../', 'http://localhost/'])],
    ]);
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });

  it('names the page, the link and what is wrong with it', () => {
    const pages = new Map([
      ['/', page([], ['/articles/b/', '/articles/a/#nowhere', 'https://example.com/'])],
      ['/articles/a/', page(['step'], [])],
    ]);
    expect(findBrokenLinks(pages, files)).toEqual([
      { page: '/', href: '/articles/b/', reason: 'no page at /articles/b/' },
      { page: '/', href: '/articles/a/#nowhere', reason: 'no element with id "nowhere" on /articles/a/' },
      { page: '/', href: 'https://example.com/', reason: 'links to another site without rel="noopener"' },
    ]);
  });
});
