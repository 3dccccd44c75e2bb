import { describe, expect, it } from 'vitest';
import {
  dueForReview,
  formatReviewReport,
  parseDay,
  reviewJson,
  reviewStatus,
  reviewSummary,
  type ReviewArticle,
} from '../../../src/content/review';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const article = (slug: string, fields: Partial<ReviewArticle> = {}): ReviewArticle => ({
  slug,
  file: `content/articles/${slug}.mdx`,
  title: `Title of ${slug}`,
  updated: day('2026-01-01'),
  ...fields,
});
const options = { today: day('2026-11-29'), defaultEvery: 90 };

describe('reviewStatus', () => {
  it('counts from reviewed, with the article’s own interval', () => {
    const status = reviewStatus(article('a', { reviewed: day('2026-11-01'), reviewEvery: 20, owner: 'Billing team' }), options);
    expect(status).toMatchObject({
      lastChecked: '2026-11-01',
      reviewedSet: true,
      reviewEvery: 20,
      due: '2026-11-21',
      daysOverdue: 8,
      state: 'overdue',
      owner: 'Billing team',
    });
  });

  it('falls back to updated and the site’s interval, and names no owner', () => {
    const status = reviewStatus(article('b'), options);
    expect(status).toMatchObject({
      lastChecked: '2026-01-01',
      reviewedSet: false,
      reviewEvery: 90,
      due: '2026-04-01',
      daysOverdue: 242,
      owner: null,
    });
  });

  it('is due from 14 days before the date (or the given window) through the day itself, then overdue', () => {
    const on = (today: string, soon?: number) =>
      reviewStatus(article('c', { reviewed: day('2026-09-01') }), { ...options, today: day(today), soon }).state;
    // Due 2026-11-30.
    expect(on('2026-11-15')).toBe('ok');
    expect(on('2026-11-16')).toBe('due');
    expect(on('2026-11-30')).toBe('due');
    expect(on('2026-12-01')).toBe('overdue');
    expect(on('2026-11-16', 0)).toBe('ok');
  });

  it('counts calendar days in UTC whatever the time of day', () => {
    const status = reviewStatus(article('d', { reviewed: new Date('2026-11-01T23:30:00Z'), reviewEvery: 1 }), {
      ...options,
      today: new Date('2026-11-03T00:10:00Z'),
    });
    expect(status.daysOverdue).toBe(1);
  });
});

describe('dueForReview', () => {
  it('lists only articles due or overdue, most overdue first, ties by slug', () => {
    const list = dueForReview(
      [
        article('fresh', { reviewed: day('2026-11-28') }),
        article('late', { reviewed: day('2026-01-01') }),
        article('b-soon', { reviewed: day('2026-09-05') }),
        article('a-soon', { reviewed: day('2026-09-05') }),
      ],
      options,
    );
    expect(list.map((s) => [s.slug, s.daysOverdue])).toEqual([
      ['late', 242],
      ['a-soon', -5],
      ['b-soon', -5],
    ]);
  });
});

describe('the report', () => {
  const due = dueForReview(
    [
      article('late', { owner: 'Numbers team', reviewed: day('2026-08-01') }),
      article('soon', { reviewed: day('2026-09-01') }),
      article('unset', { updated: day('2026-08-30') }),
    ],
    options,
  );

  it('prints one line per article with how late, owner and last check, then what to do', () => {
    expect(formatReviewReport(due, { ...options, total: 5 })).toMatchInlineSnapshot(`
      "Articles due for a check against the product on 2026-11-29:
      content/articles/late.mdx: 30 days overdue (due 2026-10-30) · owner: Numbers team · last checked 2026-08-01
      content/articles/unset.mdx: 1 day overdue (due 2026-11-28) · owner: none — add owner: to the frontmatter · last checked 2026-08-30 (from updated:)
      content/articles/soon.mdx: due in 1 day (due 2026-11-30) · owner: none — add owner: to the frontmatter · last checked 2026-09-01
      3 articles need a check against the product (2 overdue, 1 due soon). Check each against the product and its sources, then set reviewed: to the day you checked it."
    `);
  });

  it('says when nothing is due', () => {
    expect(formatReviewReport([], { ...options, total: 5 })).toBe(
      'Article review: none of the 5 articles is due for a check on 2026-11-29.',
    );
  });

  it('sums the articles up in one line for the build, and prints nothing when none is due', () => {
    expect(reviewSummary(due)).toMatchInlineSnapshot(
      `"3 articles need a check against the product (2 overdue, 1 due soon); run \`npm run review\` to list them."`,
    );
    expect(reviewSummary(due.slice(0, 1))).toMatchInlineSnapshot(
      `"1 article needs a check against the product (1 overdue); run \`npm run review\` to list them."`,
    );
    expect(reviewSummary([])).toBe('');
  });

  it('gives machines the day, the default interval and each article’s status', () => {
    const json = reviewJson(due, options);
    expect(json.today).toBe('2026-11-29');
    expect(json.defaultEvery).toBe(90);
    expect(json.due[0]).toEqual({
      slug: 'late',
      file: 'content/articles/late.mdx',
      title: 'Title of late',
      owner: 'Numbers team',
      lastChecked: '2026-08-01',
      reviewedSet: true,
      reviewEvery: 90,
      due: '2026-10-30',
      daysOverdue: 30,
      state: 'overdue',
    });
  });
});

describe('parseDay', () => {
  it('reads YYYY-MM-DD as a UTC date', () => {
    expect(parseDay('2026-11-29', '--today')).toEqual(day('2026-11-29'));
  });

  it('rejects anything else and says how to write it', () => {
    expect(() => parseDay('29/11/2026', '--today')).toThrowErrorMatchingInlineSnapshot(
      `[Error: --today "29/11/2026" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29]`,
    );
    expect(() => parseDay('2026-02-30', 'HELPCENTER_TODAY')).toThrowErrorMatchingInlineSnapshot(
      `[Error: HELPCENTER_TODAY "2026-02-30" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29]`,
    );
  });
});
