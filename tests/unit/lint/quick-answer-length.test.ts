import { describe, expect, it } from 'vitest';
import { QUICK_ANSWER_MAX } from '../../../src/lib/schema/article';
import { lint, mdx } from './lint-helpers';

describe('quick-answer-length', () => {
  it('flags a quick answer over the limit and says by how much', () => {
    expect(lint('quick-answer-length', mdx('Body.', { quickAnswer: 'word '.repeat(62).trim() }))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:1: quickAnswer is 309 characters; the limit is 300 (cut 9 characters and move the detail into the article body)",
      ]
    `);
  });

  it('passes a quick answer of exactly the limit', () => {
    expect(lint('quick-answer-length', mdx('Body.', { quickAnswer: 'a'.repeat(QUICK_ANSWER_MAX) }))).toEqual([]);
  });
});
