import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('related-self', () => {
  it('flags an article listed among its own related articles', () => {
    expect(lint('related-self', mdx('Body.', { related: '[pay, guide]' }))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:8:16: related[1] "guide" is this article itself (remove it and link a different article)",
      ]
    `);
  });

  it('passes related links to other articles', () => {
    expect(lint('related-self', mdx('Body.', { related: '[pay]' }))).toEqual([]);
  });
});
