import { REASONS, type FeedbackEvent } from './events';

/** An event as stored: what the page sent, and the UTC day the collector received it (YYYY-MM-DD). */
export type StoredEvent = FeedbackEvent & { day: string };

/** Reason counts of an article's "No" votes. */
export type ReasonCounts = Record<(typeof REASONS)[number], number>;

/** One article's votes. */
export interface ArticleFeedback {
  id: string;
  title: string;
  yes: number;
  no: number;
  reasons: ReasonCounts;
  /** Comments after "No", newest first, as the reader typed them (text, never HTML). */
  comments: { day: string; reason?: string; text: string }[];
}

/** One normalized query and how often it was searched. */
export interface SearchCount {
  query: string;
  count: number;
  /** Results of its latest search. */
  results: number;
  /** How many of its searches ended with a click on a result. */
  clicks: number;
}

/** One week's totals; `week` is the Monday that starts it (YYYY-MM-DD, UTC). */
export interface WeekSummary {
  week: string;
  yes: number;
  no: number;
  searches: number;
  zeroResults: number;
  noClick: number;
}

/** Everything `npm run report` shows. */
export interface FeedbackReport {
  /** Articles with at least one vote, most "No" first. */
  articles: ArticleFeedback[];
  /** Queries, most searched first. */
  searches: SearchCount[];
  /** Queries that found nothing, most searched first. */
  zeroResults: { query: string; count: number }[];
  /** Queries that found something but whose searches never led to a click, most searched first. */
  noClick: { query: string; count: number; results: number }[];
  /** Week by week, oldest first. */
  weeks: WeekSummary[];
  /** Events counted in total. */
  events: number;
}

/** The Monday of the (UTC) week a YYYY-MM-DD day is in. */
export function weekOf(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

const byCount = <T extends { count: number; query: string }>(a: T, b: T) => b.count - a.count || a.query.localeCompare(b.query);

/**
 * Turns stored events into the report: votes per article (titles from
 * `articles.json`; an id no longer on the site keeps its id as title),
 * query counts, zero-result and no-click queries, and weekly totals.
 * Events are expected oldest first.
 */
export function buildReport(events: readonly StoredEvent[], articles: readonly { id: string; title: string }[]): FeedbackReport {
  const titles = new Map(articles.map((a) => [a.id, a.title]));
  const perArticle = new Map<string, ArticleFeedback>();
  const perQuery = new Map<string, SearchCount>();
  const weeks = new Map<string, WeekSummary>();
  for (const event of events) {
    const week = weekOf(event.day);
    const summary =
      weeks.get(week) ?? weeks.set(week, { week, yes: 0, no: 0, searches: 0, zeroResults: 0, noClick: 0 }).get(week)!;
    if (event.type === 'vote') {
      const entry =
        perArticle.get(event.article) ??
        perArticle
          .set(event.article, {
            id: event.article,
            title: titles.get(event.article) ?? event.article,
            yes: 0,
            no: 0,
            reasons: Object.fromEntries(REASONS.map((r) => [r, 0])) as ReasonCounts,
            comments: [],
          })
          .get(event.article)!;
      if (event.helpful) {
        entry.yes++;
        summary.yes++;
      } else {
        entry.no++;
        summary.no++;
        if (event.reason) entry.reasons[event.reason]++;
        if (event.comment?.trim())
          entry.comments.unshift({ day: event.day, ...(event.reason ? { reason: event.reason } : {}), text: event.comment });
      }
    } else {
      const entry =
        perQuery.get(event.query) ??
        perQuery.set(event.query, { query: event.query, count: 0, results: 0, clicks: 0 }).get(event.query)!;
      entry.count++;
      entry.results = event.results;
      if (event.clicked) entry.clicks++;
      summary.searches++;
      if (event.results === 0) summary.zeroResults++;
      else if (!event.clicked) summary.noClick++;
    }
  }
  const searches = [...perQuery.values()].sort(byCount);
  return {
    articles: [...perArticle.values()].sort((a, b) => b.no - a.no || b.yes - a.yes || a.id.localeCompare(b.id)),
    searches,
    zeroResults: searches.filter((s) => s.results === 0).map(({ query, count }) => ({ query, count })),
    noClick: searches
      .filter((s) => s.results > 0 && s.clicks === 0)
      .map(({ query, count, results }) => ({ query, count, results })),
    weeks: [...weeks.values()].sort((a, b) => a.week.localeCompare(b.week)),
    events: events.length,
  };
}
