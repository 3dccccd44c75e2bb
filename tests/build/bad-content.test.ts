import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';
import { EVERYTHING_AT_ONCE, reportedProblems } from './everything-at-once';
import { runScript } from './run-script';

// Each case: a fixture folder that adds one broken article to a valid site,
// and the message the build must print for it. Problems the content lint finds
// stop the build first, as `file:line:column: message (fix)`.
const cases: [scenario: string, message: string][] = [
  [
    'missing-title',
    'content/articles/extra.mdx:2:1: title is required (write the customer’s question, e.g. "How do I add a user?")',
  ],
  [
    'quick-answer-too-long',
    'content/articles/extra.mdx:4:1: quickAnswer is 318 characters; the limit is 300 (cut 18 characters and move the detail into the article body)',
  ],
  [
    'unknown-field',
    'content/articles/extra.mdx:6:1: unknown field "keyowrds" — did you mean "keywords"? (allowed fields: title, id, quickAnswer, category, keywords, related, updated, sources, owner, reviewed, reviewEvery, redirectFrom)',
  ],
  [
    'unknown-related',
    'content/articles/extra.mdx:7:11: related[0]: no article has the slug "giude". Did you mean "guide"? (a slug is a file name in content/articles/ without .mdx)',
  ],
  [
    'self-related',
    'content/articles/extra.mdx:7:11: related[0] "extra" is this article itself (remove it and link a different article)',
  ],
  [
    'duplicate-id',
    'content/articles/pay.mdx:3:1: id "2" is already used by content/articles/extra.mdx; ids are never shared or reused (give this article a new one)',
  ],
  [
    'retired-id-reused',
    'content/articles/extra.mdx:3:1: id "9" was held by the retired article "old-billing-faq" (“Billing questions (old)”, id "9", listed in content/retired.json); ids are never reused (give this article a new one)',
  ],
  [
    'unknown-category',
    'content/articles/extra.mdx:5:1: unknown category "biling" — did you mean "billing"? (use one of getting-started, billing, declared in content/categories.json)',
  ],
  [
    'troubleshoot-without-action',
    'content/articles/extra.mdx:12:1: <Troubleshoot> "Didn’t get confirmation email" has no action (write what the customer should do between <Troubleshoot …> and </Troubleshoot>)',
  ],
  [
    'task-table-empty-cell',
    'content/articles/extra.mdx:13:46: <TaskTable> row 1 ("Check confirmation email") has an empty "where" cell (write where to click, e.g. "Users → Add User"; a table a customer follows has no blank cells)',
  ],
  [
    'duplicate-source',
    'content/articles/extra.mdx:11:5: sources[1] "https://support.example.com/kb/terms/" cites the same page as sources[0] (remove sources[1]; if you meant another page, put that page\'s address here instead)',
  ],
  [
    'sources-required',
    'content/articles/extra.mdx:5:1: the article cites no sources, and its category "billing" requires them ("requireSources": true in categories.json) (add the pages its facts come from, e.g. sources: [{ url: https://support.myoperator.com/portal/en/kb/articles/…, title: "How do I add users?" }])',
  ],
  [
    'lint-count-mismatch',
    'content/articles/extra.mdx:4:38: quickAnswer says "six-step" but the <TaskTable> at line 12 has 5 rows (say "five-step" or "five steps", or make the body match the quick answer)',
  ],
];

// Sequential: concurrent Astro builds in one project share its .astro/ folder.
describe('building bad content', { timeout: 120_000 }, () => {
  it('builds the valid base fixture, so the failures below come from the broken file alone', async () => {
    const build = await buildFixture();
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    expect(build.hasOutput).toBe(true);
    // Its site.json names no other language, so no page is built under a language prefix.
    expect(readdirSync(build.outDir).filter((name) => /^[a-z]{2,3}$/.test(name) && name !== 'a')).toEqual([]);
  });

  it.each(cases)('%s fails the build with a message saying what, where and how to fix it', async (scenario, message) => {
    const build = await buildFixture(scenario);
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(message);
    expect(build.output).toMatch(/extra\.mdx/);
    expect(build.hasOutput, 'a failed build must leave no output folder behind').toBe(false);
  });

  it('code in an article fails the build at each line, with every problem listed at once', async () => {
    const build = await buildFixture('code-in-article');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('3 content problems found; fix them and build again:');
    expect(build.output).toContain(
      'content/articles/extra.mdx:12:1: <Callut> is not a component articles can use — did you mean <Callout>? (use one of <Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>)',
    );
    expect(build.output).toContain(
      'content/articles/extra.mdx:14:9: {…} runs code, which articles cannot do (write the text itself, or \\{ for a literal brace)',
    );
    expect(build.output).toContain(
      'content/articles/extra.mdx:16:51: <TaskTable> tasks={…}: a variable is not allowed here (write the value out as text in quotes, numbers, true/false, [ … ] and { … })',
    );
    expect(build.hasOutput).toBe(false);
  });

  it('an author’s mistakes of every kind are listed together in one run, with no stack trace or hook banner', async () => {
    const build = await buildFixture('everything-at-once');
    expect(build.status).not.toBe(0);
    expect(build.hasOutput).toBe(false);
    for (const line of EVERYTHING_AT_ONCE) expect(build.output).toContain(line);
    expect(build.output).not.toMatch(/\n\s+at \S+ \(|unhandled|hook/i);
    // `npm run lint:content` lists the same problems in the same words (with a cache of its own, so it renders them itself).
    const lint = await runScript('lint-content', build.contentDir, [], {
      HELPCENTER_CACHE: join(build.outDir, '..', 'lint-cache'),
    });
    expect(reportedProblems(lint.output)).toEqual(reportedProblems(build.output));
    expect(reportedProblems(build.output).filter((line) => line.startsWith('  ✗ '))).toHaveLength(9);
  });

  it('a broken synonyms file fails the build’s content check naming the file, group and term of every problem', async () => {
    const build = await buildFixture('bad-synonyms');
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('2 content problems found');
    expect(build.output).toContain(
      'content/synonyms.json:1:1: [1][2]: "Call-Flow" repeats [1][1] (terms are compared ignoring case and punctuation) (remove one)',
    );
    expect(build.output).toContain(
      'content/synonyms.json:1:1: [2]: a group needs at least two terms, got 1 (add a term that means the same, or remove the group)',
    );
    expect(build.hasOutput).toBe(false);
  });
});
