import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFixture } from './build-fixture';
import { fixtureContent, runScript } from './run-script';

// The fixture `review-due` on 2026-12-27 (fixed, so no result depends on the calendar):
// guide (reviewed 2026-11-20, every 10 days) is 27 days overdue; pay (updated 2026-11-25, the
// fixture site's 30 days) is 2 days overdue; fresh (reviewed 2026-11-29) is due in 2 days.
const TODAY = '2026-12-27';

describe('npm run review', { timeout: 60_000 }, () => {
  it('lists the articles due or overdue, most overdue first, with owner and days overdue', async () => {
    const run = await runScript('review', fixtureContent('review-due'), ['--today', TODAY]);
    expect(run.output.trim()).toMatchInlineSnapshot(`
      "Articles due for a check against the product on 2026-12-27:
      content/articles/guide.mdx: 27 days overdue (due 2026-11-30) · owner: Onboarding team · last checked 2026-11-20
      content/articles/pay.mdx: 2 days overdue (due 2026-12-25) · owner: none — add owner: to the frontmatter · last checked 2026-11-25 (from updated:)
      content/articles/fresh.mdx: due in 2 days (due 2026-12-29) · owner: billing-docs@example.com · last checked 2026-11-29
      3 articles need a check against the product (2 overdue, 1 due soon). Check each against the product and its sources, then set reviewed: to the day you checked it."
    `);
    expect(run.status).toBe(0);
  });

  it('takes the day from HELPCENTER_TODAY when --today is not given', async () => {
    const content = fixtureContent('review-due');
    const flag = await runScript('review', content, ['--today', TODAY]);
    const env = await runScript('review', content, [], { HELPCENTER_TODAY: TODAY });
    expect(env.output).toBe(flag.output);
  });

  it('prints the same list as JSON with --json', async () => {
    const run = await runScript('review', fixtureContent('review-due'), ['--json', '--today', TODAY]);
    const report = JSON.parse(run.output) as { today: string; defaultEvery: number; due: Record<string, unknown>[] };
    expect(report.today).toBe(TODAY);
    expect(report.defaultEvery).toBe(30);
    expect(report.due.map((s) => [s.slug, s.owner, s.daysOverdue, s.state])).toEqual([
      ['guide', 'Onboarding team', 27, 'overdue'],
      ['pay', null, 2, 'overdue'],
      ['fresh', 'billing-docs@example.com', -2, 'due'],
    ]);
  });

  it('says when nothing is due, counting as due only what falls within --soon days', async () => {
    // guide is due on 2026-11-30: due within the default 14 days, not within 0.
    const run = await runScript('review', fixtureContent('review-due'), ['--today', '2026-11-29', '--soon', '0']);
    expect(run.output.trim()).toBe('Article review: none of the 3 articles is due for a check on 2026-11-29.');
  });

  it('rejects a day it cannot read and says how to write it', async () => {
    const run = await runScript('review', fixtureContent('review-due'), ['--today', '27/12/2026']);
    expect(run.output.trim()).toBe(
      'Cannot list the articles due for review: --today "27/12/2026" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29',
    );
    expect(run.status).toBe(2);
  });

  it('runs on the real content, where every article names an owner and when it was last reviewed', async () => {
    const run = await runScript('review', 'content', ['--json', '--today', '2026-11-29']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.output)).toMatchObject({ today: '2026-11-29', due: expect.any(Array) });
    const articles = join('content', 'articles');
    const { readdirSync } = await import('node:fs');
    for (const name of readdirSync(articles).filter((n) => n.endsWith('.mdx') && !n.startsWith('_'))) {
      const text = readFileSync(join(articles, name), 'utf8');
      expect(text, name).toMatch(/^owner: \S/m);
      expect(text, name).toMatch(/^reviewed: \d{4}-\d{2}-\d{2}$/m);
    }
  });
});

describe('building a site with articles due for review', { timeout: 120_000 }, () => {
  it('warns in one line, shows when each article was checked and its sources by title, and exports reviewed and owner', async () => {
    const build = await buildFixture('review-due', { env: { HELPCENTER_TODAY: TODAY } });
    expect(build.status).toBe(0);
    const warnings = build.output.split('\n').filter((line) => line.includes('check against the product'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      '3 articles need a check against the product (2 overdue, 1 due soon); run `npm run review` to list them.',
    );

    const page = readFileSync(join(build.outDir, 'articles', 'guide', 'index.html'), 'utf8');
    expect(page).toMatch(/Last checked against the product on <time datetime="2026-11-20">20 November 2026<\/time>/);
    expect(page).toContain('>What should I do after paying?</a>');
    expect(page).toContain('>How do i log in (support.example.com)</a>');
    expect(page).not.toMatch(/>https:\/\/support\.example\.com/);
    // An article without reviewed: counts its updated: date as the last check.
    expect(readFileSync(join(build.outDir, 'articles', 'pay', 'index.html'), 'utf8')).toContain('<time datetime="2026-11-25">');

    const markdown = readFileSync(join(build.outDir, 'articles', 'guide.md'), 'utf8');
    expect(markdown).toContain('- [What should I do after paying?](https://support.example.com/kb/after-payment-1-9-2025)');

    const { articles } = JSON.parse(readFileSync(join(build.outDir, 'articles.json'), 'utf8')) as {
      articles: { slug: string; reviewed: string | null; owner: string | null }[];
    };
    expect(articles.map((a) => [a.slug, a.reviewed, a.owner])).toEqual([
      ['guide', '2026-11-20', 'Onboarding team'],
      ['pay', null, null],
      ['fresh', '2026-11-29', 'billing-docs@example.com'],
    ]);
  });
});
