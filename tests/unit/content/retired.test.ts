import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lint/problems';
import { checkRetired } from '../../../src/content/retired';
import { retiredSchema } from '../../../src/content/schema/retired';

const registry = 'content/retired.json';
const retired = retiredSchema.parse([
  { id: '100', slug: 'old-welcome-guide', title: 'How do I get started?', oldSlugs: ['welcome'], retired: '2026-10-01' },
]);
const article = { slug: 'guide', file: 'content/articles/guide.mdx', id: '1', redirectFrom: [] as string[] };

describe('checkRetired', () => {
  it('accepts articles that reuse nothing', () => {
    expect(checkRetired([article], retired, registry)).toEqual([]);
  });

  it('rejects a retired id and names the article that held it', () => {
    expect(checkRetired([{ ...article, id: '100' }], retired, registry).map(formatProblem)).toMatchInlineSnapshot(`
        [
          "content/articles/guide.mdx:1:1: id "100" was held by the retired article "old-welcome-guide" (“How do I get started?”, id "100", listed in content/retired.json); ids are never reused (give this article a new one)",
        ]
      `);
  });

  it('rejects a retired slug as a file name or as an old slug', () => {
    expect(
      checkRetired(
        [{ ...article, slug: 'welcome', file: 'content/articles/welcome.mdx', redirectFrom: ['old-welcome-guide'] }],
        retired,
        registry,
      ).map(formatProblem),
    ).toMatchInlineSnapshot(`
      [
        "content/articles/welcome.mdx:1:1: the slug "welcome" was held by the retired article "old-welcome-guide" (“How do I get started?”, id "100", listed in content/retired.json); slugs are never reused (rename the file)",
        "content/articles/welcome.mdx:1:1: redirectFrom[0] "old-welcome-guide" was held by the retired article "old-welcome-guide" (“How do I get started?”, id "100", listed in content/retired.json) (to send its readers here, set "replacedBy": "welcome" on its entry instead)",
      ]
    `);
  });

  it('rejects a registry that lists an id twice or replaces with a missing article', () => {
    const twice = retiredSchema.parse([
      ...retired.map((r) => ({ ...r, retired: '2026-10-01' })),
      { id: '100', slug: 'other', title: 'Other', retired: '2026-10-02', replacedBy: 'nope' },
    ]);
    expect(checkRetired([article], twice, registry).map(formatProblem)).toMatchInlineSnapshot(`
      [
        "content/retired.json:1:1: entry 2: id "100" is listed twice (also for "old-welcome-guide") (each retired id appears once; remove one)",
        "content/retired.json:1:1: entry 2: replacedBy: no article has the slug "nope" (name a live article in content/articles/ or remove replacedBy)",
      ]
    `);
  });
});
