import { describe, expect, it } from 'vitest';
import { QUICK_ANSWER_MAX } from '../../../src/content/schema/article';
import { lint, mdx } from './lint-helpers';

describe('schema', () => {
  it('flags a quick answer over the limit and says by how much', () => {
    expect(lint('schema', mdx('Body.', { quickAnswer: 'word '.repeat(62).trim() }))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:1: quickAnswer is 309 characters; the limit is 300 (cut 9 characters and move the detail into the article body)",
      ]
    `);
  });

  it('passes a quick answer of exactly the limit', () => {
    expect(lint('schema', mdx('Body.', { quickAnswer: 'a'.repeat(QUICK_ANSWER_MAX) }))).toEqual([]);
  });

  it('says to quote an id YAML reads as a number, at its line', () => {
    expect(lint('schema', mdx('Body.', { id: '115' }))).toEqual([
      'content/articles/guide.mdx:3:1: id 115 is not text (quote it: id: "115")',
    ]);
  });

  it('places each problem at its field, and a missing field at the frontmatter’s first line', () => {
    expect(lint('schema', mdx('Body.', { category: 'biling', keyowrds: '[x]', title: '' }))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:2:1: title is required (write the customer’s question, e.g. "How do I add a user?")",
        "content/articles/guide.mdx:5:1: unknown category "biling" — did you mean "billing"? (use one of getting-started, billing, declared in content/categories.json)",
        "content/articles/guide.mdx:8:1: unknown field "keyowrds" — did you mean "keywords"? (allowed fields: title, id, quickAnswer, category, keywords, related, updated, sources, owner, reviewed, reviewEvery, redirectFrom)",
      ]
    `);
  });

  it('puts Zod’s own words after a plain sentence for a mistake the schema has no message for', () => {
    expect(lint('schema', mdx('Body.', { related: 'guide' }))).toEqual([
      'content/articles/guide.mdx:8:1: related is not what an article needs (the schema says: Invalid input: expected array, received string) (see the field in docs/authoring.md)',
    ]);
  });
});
