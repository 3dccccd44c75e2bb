import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('duplicate-headings', () => {
  it('flags a heading whose text repeats an earlier one, ignoring case and punctuation', () => {
    expect(lint('duplicate-headings', mdx('## Troubleshooting\n\n### Steps\n\n## troubleshooting!\n'))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:14:1: duplicate heading "troubleshooting!", the same as line 10 (rename one of them so each section has its own title and link)",
      ]
    `);
  });

  it('passes distinct headings', () => {
    expect(lint('duplicate-headings', mdx('## Steps\n\n## Troubleshooting\n'))).toEqual([]);
  });
});
