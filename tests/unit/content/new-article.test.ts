import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseArticleFile } from '../../../src/content/article-source';
import { checkSource } from '../../../src/lint';
import { newArticleSlug, newArticleSource, nextArticleId } from '../../../src/content/new-article';
import { articleSchema } from '../../../src/content/schema/article';

describe('newArticleSlug', () => {
  it('makes the file name from the question', () => {
    expect(newArticleSlug('How do I set up call forwarding?')).toBe('how-do-i-set-up-call-forwarding');
  });

  it('refuses an empty, short or letterless title with a message naming the command', () => {
    expect(() => newArticleSlug('  ')).toThrowErrorMatchingInlineSnapshot(
      `[NewArticleError: give the customer’s question as the title: npm run new -- "How do I add users to my account?"]`,
    );
    expect(() => newArticleSlug('Help?')).toThrowErrorMatchingInlineSnapshot(
      `[NewArticleError: title is too short: write the customer’s whole question (at least 8 characters): npm run new -- "How do I add users to my account?"]`,
    );
    expect(() => newArticleSlug('?!?!?!?!?!')).toThrowErrorMatchingInlineSnapshot(
      `[NewArticleError: the title "?!?!?!?!?!" has no letters or digits to make a file name from: npm run new -- "How do I add users to my account?"]`,
    );
  });
});

describe('nextArticleId', () => {
  it('is one more than the largest numeric id, ignoring ids that are not numbers', () => {
    expect(nextArticleId(['101', '112', '9', 'legacy-a'])).toBe('113');
    expect(nextArticleId([])).toBe('1');
  });
});

describe('newArticleSource', () => {
  const source = newArticleSource({
    title: 'How do I set up: call forwarding?',
    id: '113',
    categories: ['getting-started', 'billing'],
    today: new Date('2026-11-25T20:00:00Z'),
  });

  it('writes every required field, the first category and a comment listing the others', () => {
    expect(source).toMatchInlineSnapshot(`
      "---
      title: "How do I set up: call forwarding?"
      id: "113"
      quickAnswer: "TODO: answer the question in one or two plain sentences, at most 300 characters."
      category: getting-started # one of: getting-started, billing
      keywords: # 1–12 phrases customers type; each becomes a tag
        - TODO keyword
      related: [] # optional: slugs of other articles, e.g. [what-is-myoperator]
      updated: 2026-11-25
      reviewed: 2026-11-25 # the day you last checked it against the product
      owner: TODO team or address that keeps this article true
      sources: [] # the pages the facts come from: a URL, or { url, title } to show the title
      ---

      TODO: one or two sentences saying what this article helps with.

      ## When does this apply?

      TODO: the situation in which a customer needs this article.

      ## Steps

      TODO: the steps, as a numbered list or a TaskTable; see docs/authoring.md for every component.
      "
    `);
    const yaml = /^---\n([\s\S]*?)\n---/.exec(source)![1]!;
    expect(parseArticleFile('content/articles/x.mdx', source).data.id).toBe('113');
    expect(yaml).toContain('category: getting-started # one of: getting-started, billing');
  });

  it('passes the schema, so only the lint stops it, at every TODO', () => {
    const data = articleSchema(['getting-started', 'billing']).safeParse(parse(/^---\n([\s\S]*?)\n---/.exec(source)![1]!));
    expect(data.success).toBe(true);
    const problems = checkSource('content/articles/how-do-i-set-up-call-forwarding.mdx', source, {
      categories: ['getting-started', 'billing'],
    });
    expect(problems.map((p: { rule: string }) => p.rule)).toEqual([
      'todo-markers',
      'todo-markers',
      'todo-markers',
      'todo-markers',
      'todo-markers',
      'todo-markers',
    ]);
    expect(problems[0]!.message).toBe('quickAnswer still has the TODO placeholder');
  });
});
