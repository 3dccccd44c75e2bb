import { normalizeQuery } from './events';

/** How long a query must stay on screen to count as a search the reader made, not a step of their typing. */
export const PAUSE_MS = 1500;

/** A search event as the page sends it. */
export interface SearchEvent {
  type: 'search';
  query: string;
  results: number;
  corrected?: string;
  clicked?: { article: string; position: number };
}

interface Shown {
  query: string;
  results: number;
  corrected?: string;
  at: number;
}

/**
 * Decides which searches a page reports, so nothing is sent per keystroke: a
 * query counts once it stayed on screen for PAUSE_MS before the reader typed
 * on, or when the reader clicks one of its results or leaves with it on
 * screen. Each counted search is reported once; a click comes with it.
 */
export class SearchLog {
  #current: Shown | undefined;
  #outbox: SearchEvent[] = [];

  /** Results for `query` are on screen (as typed; it is normalized here). */
  shown(query: string, results: number, corrected: string | undefined, now: number): void {
    const normal = normalizeQuery(query);
    const fixed = corrected ? normalizeQuery(corrected) : undefined;
    if (this.#current?.query === normal) {
      // The same search again (a filter, or "search instead"): its latest counts stand.
      const { query: same, at } = this.#current;
      this.#current = { query: same, at, results, ...(fixed ? { corrected: fixed } : {}) };
      return;
    }
    if (this.#current && now - this.#current.at >= PAUSE_MS) this.#outbox.push(event(this.#current));
    this.#current = normal ? { query: normal, results, ...(fixed ? { corrected: fixed } : {}), at: now } : undefined;
  }

  /** The reader opened the result at 1-based `position`, an article with id `article`. */
  clicked(article: string, position: number): void {
    if (!this.#current) return;
    this.#outbox.push({ ...event(this.#current), clicked: { article, position } });
    this.#current = undefined;
  }

  /** Events ready to send (searches the reader moved on from, clicks); empties the outbox. */
  take(): SearchEvent[] {
    return this.#outbox.splice(0);
  }

  /** The reader is leaving: everything, including the search on screen. */
  leave(): SearchEvent[] {
    if (this.#current) this.#outbox.push(event(this.#current));
    this.#current = undefined;
    return this.take();
  }
}

function event(shown: Shown): SearchEvent {
  return {
    type: 'search',
    query: shown.query,
    results: shown.results,
    ...(shown.corrected && shown.corrected !== shown.query ? { corrected: shown.corrected } : {}),
  };
}
