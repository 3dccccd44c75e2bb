import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../../../src/content/schema/article';

const schema = articleSchema(['getting-started', 'billing']);
const valid = {
  title: 'How do I add a user?',
  id: '107',
  quickAnswer: 'Go to Manage → Users → Add New and send the invite.',
  category: 'getting-started',
  keywords: ['add user'],
  updated: '2026-11-25',
};

/** The messages zod gives for `data`, one string per issue: `path: message (fix)` (see `say`). */
function problems(data: Record<string, unknown>): string[] {
  const result = schema.safeParse(data);
  const said = (message: string) => message.replace(/\n(.*)$/, ' ($1)');
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.') || '(frontmatter)'}: ${said(i.message)}`);
}

describe('article frontmatter schema', () => {
  it('accepts a complete article and fills the defaults', () => {
    const data = schema.parse(valid);
    expect(data.related).toEqual([]);
    expect(data.sources).toEqual([]);
    expect(data.redirectFrom).toEqual([]);
    expect(data.updated).toEqual(new Date('2026-11-25'));
  });

  it('requires a title', () => {
    const { title: _, ...rest } = valid;
    expect(problems(rest)).toMatchInlineSnapshot(`
      [
        "title: title is required (write the customer’s question, e.g. "How do I add a user?")",
      ]
    `);
  });

  it('limits the quick answer to 300 characters and says by how much it is over', () => {
    expect(problems({ ...valid, quickAnswer: 'a '.repeat(160) })).toMatchInlineSnapshot(`
      [
        "quickAnswer: quickAnswer is 319 characters; the limit is 300 (cut 19 characters and move the detail into the article body)",
      ]
    `);
  });

  it('keeps the quick answer plain text', () => {
    expect(problems({ ...valid, quickAnswer: 'See **this** <b>now</b>' })).toMatchInlineSnapshot(`
      [
        "quickAnswer: quickAnswer must be plain text (remove HTML tags and Markdown (links, **bold**, \`code\`))",
      ]
    `);
  });

  it('rejects an unknown field and suggests the one that was meant', () => {
    expect(problems({ ...valid, keyowrds: ['x'] })).toMatchInlineSnapshot(`
      [
        "(frontmatter): unknown field "keyowrds" — did you mean "keywords"? (allowed fields: title, id, quickAnswer, category, keywords, related, updated, sources, owner, reviewed, reviewEvery, redirectFrom)",
      ]
    `);
  });

  it('rejects an unknown category, suggesting the closest and listing the allowed ones', () => {
    expect(problems({ ...valid, category: 'biling' })).toMatchInlineSnapshot(`
      [
        "category: unknown category "biling" — did you mean "billing"? (use one of getting-started, billing, declared in content/categories.json)",
      ]
    `);
  });

  it('needs 1 to 12 keywords', () => {
    expect(problems({ ...valid, keywords: [] })).toMatchInlineSnapshot(`
      [
        "keywords: keywords is empty (list at least one phrase)",
      ]
    `);
    expect(problems({ ...valid, keywords: Array.from({ length: 13 }, (_, i) => `k${i}`) })).toMatchInlineSnapshot(`
      [
        "keywords: keywords has more than 12 phrases (keep the 12 customers use most)",
      ]
    `);
  });

  it('says to quote an id that YAML read as a number', () => {
    expect(problems({ ...valid, id: 115 })).toEqual(['id: id 115 is not text (quote it: id: "115")']);
  });

  it('checks the id, the related slugs and the date (source URLs are the source-urls rule’s)', () => {
    expect(
      problems({
        ...valid,
        id: 'Article 7',
        related: ['What Is'],
        updated: 'soon',
      }),
    ).toMatchInlineSnapshot(`
      [
        "id: id "Article 7" is not a valid id (use lower-case letters, digits and "-" only, e.g. "108")",
        "related.0: related slug "What Is" is not a slug (use lower-case letters, digits and "-" (the file name without .mdx))",
        "updated: updated is not a date (write it as YYYY-MM-DD, e.g. 2026-11-25)",
      ]
    `);
  });
});

describe('article verification and sources', () => {
  it('takes a source as a URL or as { url, title } and gives both as { url, title? }', () => {
    const data = schema.parse({
      ...valid,
      sources: ['https://a.test/one', { url: 'https://a.test/two', title: ' Terms of service ' }],
    });
    expect(data.sources).toEqual([{ url: 'https://a.test/one' }, { url: 'https://a.test/two', title: 'Terms of service' }]);
  });

  it('explains a bad source title (what a source may be is the source-urls rule’s)', () => {
    expect(problems({ ...valid, sources: [{ url: 'https://a.test/', title: '' }, 42] })).toMatchInlineSnapshot(`
      [
        "sources.0.title: a source’s title is empty (write the page’s title, or give the source as a plain URL)",
      ]
    `);
  });

  it('reads owner, reviewed and reviewEvery, all optional', () => {
    const data = schema.parse({ ...valid, owner: ' Billing team ', reviewed: '2026-11-29', reviewEvery: 30 });
    expect(data).toMatchObject({ owner: 'Billing team', reviewed: new Date('2026-11-29'), reviewEvery: 30 });
    const bare = schema.parse(valid);
    expect([bare.owner, bare.reviewed, bare.reviewEvery]).toEqual([undefined, undefined, undefined]);
  });

  it('says how to write a bad owner, review date or interval', () => {
    expect(problems({ ...valid, owner: ' ', reviewed: 'last week', reviewEvery: 2.5 })).toMatchInlineSnapshot(`
      [
        "owner: owner is empty (name the team or address that checks this article)",
        "reviewed: reviewed is not a date (write it as YYYY-MM-DD, e.g. 2026-11-29)",
        "reviewEvery: reviewEvery is not a whole number (write a whole number of days, e.g. 90)",
      ]
    `);
    expect(problems({ ...valid, reviewEvery: 0 })).toMatchInlineSnapshot(`
      [
        "reviewEvery: reviewEvery is less than 1 day (write at least 1)",
      ]
    `);
  });
});
