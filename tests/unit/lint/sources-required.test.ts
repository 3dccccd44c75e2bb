import { describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/lint';
import { sourcesRequired } from '../../../src/lint/sources-required';
import { formatProblem } from '../../../src/lint/problems';
import { mdx } from './lint-helpers';

// getting-started has "requireSources": true in categories.json, about does not.
const context = { categories: ['getting-started', 'about'], sourcesRequiredIn: ['getting-started'] };
const lint = (source: string) =>
  checkSource('content/articles/guide.mdx', source, context, { 'sources-required': sourcesRequired }).map(formatProblem);

describe('sources-required', () => {
  it('flags an article without sources in a category that requires them, at its category', () => {
    expect(lint(mdx('Body.'))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:5:1: the article cites no sources, and its category "getting-started" requires them ("requireSources": true in categories.json) (add the pages its facts come from, e.g. sources: [{ url: https://support.myoperator.com/portal/en/kb/articles/…, title: "How do I add users?" }])",
      ]
    `);
  });

  it('flags an empty sources list at the list', () => {
    expect(lint(mdx('Body.', { sources: '[]' }))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:8:1: the article cites no sources, and its category "getting-started" requires them ("requireSources": true in categories.json) (add the pages its facts come from, e.g. sources: [{ url: https://support.myoperator.com/portal/en/kb/articles/…, title: "How do I add users?" }])",
      ]
    `);
  });

  it('passes an article that cites a page, and any article in a category that does not require sources', () => {
    expect(lint(mdx('Body.', { sources: '\n  - https://support.test/kb/a' }))).toEqual([]);
    expect(lint(mdx('Body.', { category: 'about' }))).toEqual([]);
  });
});
