import { isoDate } from '../shared/text';

const DAY = 86_400_000;

/** What the review report needs of an article. */
export interface ReviewArticle {
  slug: string;
  /** Path relative to the project root, e.g. `content/articles/foo.mdx`. */
  file: string;
  title: string;
  /** Team or address that checks the article; `undefined` when none is named. */
  owner?: string | undefined;
  /** Last check against the product; `undefined` when the article gives none. */
  reviewed?: Date | undefined;
  /** When the facts last changed; the last check when `reviewed` is missing. */
  updated: Date;
  /** Days between checks; `undefined` for the site's default. */
  reviewEvery?: number | undefined;
}

/** When an article must be checked again, and how that compares with today. */
export interface ReviewStatus {
  slug: string;
  file: string;
  title: string;
  owner: string | null;
  /** Last check, YYYY-MM-DD (`reviewed`, else `updated`). */
  lastChecked: string;
  /** Whether `lastChecked` comes from `reviewed` (false: from `updated`). */
  reviewedSet: boolean;
  /** Days between checks that apply to this article. */
  reviewEvery: number;
  /** Date of the next check, YYYY-MM-DD. */
  due: string;
  /** Days since the due date: positive when overdue, 0 on the day, negative before it. */
  daysOverdue: number;
  /** `overdue` after the due date, `due` from `soon` days before it until the day itself, else `ok`. */
  state: 'overdue' | 'due' | 'ok';
}

/** How the report decides what is due. */
export interface ReviewOptions {
  /** The day to compare with (only its UTC date counts). */
  today: Date;
  /** Days between checks for articles that set no `reviewEvery`. */
  defaultEvery: number;
  /** How many days before its due date an article counts as due. Default 14. */
  soon?: number | undefined;
}

/** Days from `a` to `b`, counting UTC calendar days. */
function daysBetween(a: Date, b: Date): number {
  return Math.round(
    (Date.UTC(b.getUTCFullYear(), b.getUTCMonth(), b.getUTCDate()) -
      Date.UTC(a.getUTCFullYear(), a.getUTCMonth(), a.getUTCDate())) /
      DAY,
  );
}

/** The review status of one article on `options.today`. */
export function reviewStatus(article: ReviewArticle, options: ReviewOptions): ReviewStatus {
  const last = article.reviewed ?? article.updated;
  const every = article.reviewEvery ?? options.defaultEvery;
  const due = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth(), last.getUTCDate() + every));
  const daysOverdue = daysBetween(due, options.today);
  const soon = options.soon ?? 14;
  return {
    slug: article.slug,
    file: article.file,
    title: article.title,
    owner: article.owner ?? null,
    lastChecked: isoDate(last),
    reviewedSet: article.reviewed !== undefined,
    reviewEvery: every,
    due: isoDate(due),
    daysOverdue,
    state: daysOverdue > 0 ? 'overdue' : daysOverdue >= -soon ? 'due' : 'ok',
  };
}

/**
 * The articles due or overdue for a check on `options.today`, most overdue
 * first (then by slug, so the order never depends on the file system).
 */
export function dueForReview(articles: readonly ReviewArticle[], options: ReviewOptions): ReviewStatus[] {
  return articles
    .map((article) => reviewStatus(article, options))
    .filter((status) => status.state !== 'ok')
    .sort((a, b) => b.daysOverdue - a.daysOverdue || a.slug.localeCompare(b.slug));
}

/** "3 days overdue", "due today", "due in 5 days". */
function when(status: ReviewStatus): string {
  const n = Math.abs(status.daysOverdue);
  const days = `${n} ${n === 1 ? 'day' : 'days'}`;
  if (status.daysOverdue > 0) return `${days} overdue`;
  return status.daysOverdue === 0 ? 'due today' : `due in ${days}`;
}

/**
 * `npm run review`'s text: one line per article due or overdue (file, how
 * late, owner, last check), then what to do. Says so when nothing is due.
 */
export function formatReviewReport(
  due: readonly ReviewStatus[],
  options: Pick<ReviewOptions, 'today'> & { total: number },
): string {
  const day = isoDate(options.today);
  if (due.length === 0) return `Article review: none of the ${options.total} articles is due for a check on ${day}.`;
  const lines = due.map(
    (s) =>
      `${s.file}: ${when(s)} (due ${s.due}) · owner: ${s.owner ?? 'none — add owner: to the frontmatter'} · last checked ${s.lastChecked}${s.reviewedSet ? '' : ' (from updated:)'}`,
  );
  return [
    `Articles due for a check against the product on ${day}:`,
    ...lines,
    `${needCheck(due)}. Check each against the product and its sources, then set reviewed: to the day you checked it.`,
  ].join('\n');
}

/** "3 articles need a check against the product (2 overdue, 1 due soon)". */
function needCheck(due: readonly ReviewStatus[]): string {
  const overdue = due.filter((s) => s.state === 'overdue').length;
  const soon = due.length - overdue;
  const parts = [overdue > 0 ? `${overdue} overdue` : '', soon > 0 ? `${soon} due soon` : ''].filter(Boolean);
  return `${due.length} ${due.length === 1 ? 'article needs' : 'articles need'} a check against the product (${parts.join(', ')})`;
}

/** One line for the build: how many articles are overdue or due soon, and the command that lists them. Empty when none is. */
export function reviewSummary(due: readonly ReviewStatus[]): string {
  return due.length === 0 ? '' : `${needCheck(due)}; run \`npm run review\` to list them.`;
}

/** `--json`: the day, the interval used by default and every article due or overdue. */
export function reviewJson(
  due: readonly ReviewStatus[],
  options: ReviewOptions,
): { today: string; defaultEvery: number; due: ReviewStatus[] } {
  return { today: isoDate(options.today), defaultEvery: options.defaultEvery, due: [...due] };
}

/**
 * Reads a day given on the command line or in `HELPCENTER_TODAY` (YYYY-MM-DD),
 * as a UTC date. Throws a message saying how to write it.
 */
export function parseDay(text: string, what: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || isoDate(date) !== text.trim())
    throw new Error(`${what} "${text}" is not a date: write it as YYYY-MM-DD, e.g. 2026-11-29`);
  return date;
}
