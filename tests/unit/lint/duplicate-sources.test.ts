import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('duplicate-sources', () => {
  it('flags a page cited twice, in either form, at the second one', () => {
    const source = mdx('Body.', {
      sources: [
        '',
        '  - https://support.test/kb/add-users',
        '  - url: https://support.test/kb/terms',
        '    title: Terms',
        '  - url: https://Support.test/kb/add-users/',
        '    title: How do I add users?',
        '  - https://support.test/kb/terms#documents',
      ].join('\n'),
    });
    expect(lint('duplicate-sources', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:12:10: sources[2] "https://Support.test/kb/add-users/" cites the same page as sources[0] (remove sources[2]; if you meant another page, put that page's address here instead)",
        "content/articles/guide.mdx:14:5: sources[3] "https://support.test/kb/terms#documents" cites the same page as sources[1] (remove sources[3]; if you meant another page, put that page's address here instead)",
      ]
    `);
  });

  it('passes different pages', () => {
    const source = mdx('Body.', { sources: '\n  - https://support.test/kb/a\n  - https://support.test/kb/b' });
    expect(lint('duplicate-sources', source)).toEqual([]);
  });
});
