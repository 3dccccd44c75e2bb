import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('source-urls', () => {
  it('flags malformed source URLs, each on its own line', () => {
    const sources = [
      'https//support.myoperator.com/portal',
      'ftp://example.com/file',
      'https://support.myoperator.com/kb articles',
      'https://support/portal',
    ];
    const source = mdx('Body.', { sources: sources.map((s) => `\n  - ${s}`).join('') });
    expect(lint('source-urls', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:9:5: sources[0] "https//support.myoperator.com/portal" is not a URL (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)",
        "content/articles/guide.mdx:10:5: sources[1] "ftp://example.com/file" starts with "ftp:" instead of https: (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)",
        "content/articles/guide.mdx:11:5: sources[2] "https://support.myoperator.com/kb articles" contains a space (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)",
        "content/articles/guide.mdx:12:5: sources[3] "https://support/portal" has no domain name: "support" (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)",
      ]
    `);
  });

  it('passes http(s) URLs, encoded characters included', () => {
    const source = mdx('Body.', {
      sources:
        '\n  - https://support.myoperator.com/portal/en/kb/articles/what-is-myoperator%E2%80%99s-escalation-matrix-11-7-2017',
    });
    expect(lint('source-urls', source)).toEqual([]);
  });
});

describe('source-urls with titled sources', () => {
  it('checks the url of a { url, title } source and points at it', () => {
    const source = mdx('Body.', { sources: '\n  - title: Terms\n    url: https//support.test/terms' });
    expect(lint('source-urls', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:10: sources[0] "https//support.test/terms" is not a URL (copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…)",
      ]
    `);
  });
});
