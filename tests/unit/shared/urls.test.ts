import { describe, expect, it } from 'vitest';
import { absoluteUrl, paths, withBase } from '../../../src/shared/urls';

describe('withBase', () => {
  it('joins the base path and a page path with one slash and a trailing slash', () => {
    expect(withBase('/', paths.article('what-is-myoperator'))).toBe('/articles/what-is-myoperator/');
    expect(withBase('/help', 'tags/ivr')).toBe('/help/tags/ivr/');
    expect(withBase('/help/', '/categories/billing/')).toBe('/help/categories/billing/');
  });

  it('keeps files and fragments as they are', () => {
    expect(withBase('/help/', 'favicon.svg')).toBe('/help/favicon.svg');
    expect(withBase('/', 'articles/a/#step')).toBe('/articles/a/#step');
  });

  it('gives the base itself for the home page', () => {
    expect(withBase('/help', paths.home())).toBe('/help/');
  });
});

describe('absoluteUrl', () => {
  it('joins the site URL, the base path and a page path', () => {
    expect(absoluteUrl('https://help.example.com', '/help/', 'a/101')).toBe('https://help.example.com/help/a/101/');
    expect(absoluteUrl('https://help.example.com/', '/', '')).toBe('https://help.example.com/');
    expect(absoluteUrl('http://localhost:4321', '/', 'articles/x.md')).toBe('http://localhost:4321/articles/x.md');
  });
});
