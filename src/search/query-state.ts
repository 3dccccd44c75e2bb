/** What a search page shows, as it is written in the URL `/search/?q=…&tag=…&category=…`. */
export interface SearchState {
  /** The query as typed. */
  q: string;
  /** Tag slugs; a result must carry all of them. */
  tags: string[];
  /** A category slug, or empty for all categories. */
  category: string;
}

/** Reads the search state from a URL's query string; unknown parameters are ignored. */
export function parseSearchParams(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const tags = [
    ...new Set(
      params
        .getAll('tag')
        .flatMap((t) => t.split(','))
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
  return { q: (params.get('q') ?? '').slice(0, 200), tags, category: (params.get('category') ?? '').trim() };
}

/** The query string for a state (empty parts left out), e.g. `?q=forgot+password&tag=ivr`. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const tag of state.tags) params.append('tag', tag);
  if (state.category) params.set('category', state.category);
  const text = params.toString();
  return text ? `?${text}` : '';
}
