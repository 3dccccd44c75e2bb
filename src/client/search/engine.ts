/**
 * The search the UI, the search page and the relevance tests all use: the
 * Pagefind index (read by ./pagefind.ts), then synonyms, typo correction and
 * merging on top of it. Loaded only once a reader reaches for search.
 */
import { correctQuery, decodeVocabulary, keepCorrection, shardOf, type Vocabulary } from '../../search/correct';
import type { ExcerptPart } from '../../search/excerpt';
import type { FilterSpec } from '../../search/pagefind-search';
import { deepLinks, mergeHits, mergeLanguages, type DeepLink } from '../../search/rank';
import { alternativesFor, expandQuery, type SynonymTable } from '../../search/synonyms';
import { indexesFor, STOPWORDS, words } from '../../search/words';
import { slugify } from '../../content/slug';
import { openPagefind, type PagefindClient, type PagefindResults } from './pagefind';

/** One result as the UI shows it. Every string here is rendered as text. */
export interface SearchResult {
  url: string;
  /** The article's id (frontmatter `id`), for feedback events. */
  id: string;
  /** The language of the index it came from (English results on the Hindi site are labelled). */
  lang: string;
  title: string;
  quickAnswer: string;
  category: string;
  tags: string[];
  excerpt: ExcerptPart[];
  links: (DeepLink & { url: string })[];
}

/** What a search found. */
export interface SearchOutcome {
  /** The query as searched after typo correction, when a word was corrected. */
  corrected?: string;
  /** Matching pages in total (only the first `limit` are in `results`). */
  total: number;
  results: SearchResult[];
  /** Counts of `category` and `tag` values among `results`, for the filter chips. */
  counts: { category: Map<string, number>; tag: Map<string, number> };
}

/** Filter values as the index knows them (labels), for a search state. */
export interface Filters {
  category?: string;
  tags: string[];
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;
/** One language's index and what has been learned from it: every cache is per index, so two never mix. */
interface IndexState {
  pagefind: Promise<PagefindClient>;
  /** Pages with exactly this word, by word. */
  known: Map<string, Promise<number>>;
  // As a reader types, every keystroke searches the earlier words again; ranking a word thousands of
  // pages share takes milliseconds, so each word's results are kept for a while.
  recent: Map<string, Promise<PagefindResults>>;
}
const indexes = new Map<string, IndexState>();
let synonyms: Promise<SynonymTable> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;
/** A word on this many pages is the site's own word for the idea: its synonyms would add little but time. */
const COMMON = 50;
const RECENT_MAX = 100;

/** The page's language (`<html lang>`, base code): the index searched first. */
function pageLang(): string {
  return (document.documentElement.lang || 'en').toLowerCase().split('-')[0]!;
}

function indexFor(lang: string): IndexState {
  let state = indexes.get(lang);
  if (!state) {
    state = {
      pagefind: openPagefind({ bundle: `${base}pagefind/`, baseUrl: base, excerptLength: 22, lang }),
      known: new Map(),
      recent: new Map(),
    };
    indexes.set(lang, state);
  }
  return state;
}

function cachedSearch(state: IndexState, engine: PagefindClient, term: string, filters: FilterSpec): Promise<PagefindResults> {
  const key = JSON.stringify([term, filters]);
  let hit = state.recent.get(key);
  if (hit) {
    state.recent.delete(key);
  } else {
    hit = engine.search(term, filters);
    if (state.recent.size >= RECENT_MAX) state.recent.delete(state.recent.keys().next().value!);
  }
  state.recent.set(key, hit);
  return hit;
}

/** Starts loading the page language's page list and the synonyms; safe to call repeatedly. */
export function warm(): Promise<PagefindClient> {
  synonyms ??= fetch(`${base}search/synonyms.json`)
    .then((r) => (r.ok ? r.json() : {}))
    .then((json: Record<string, string[]>) => new Map(Object.entries(json)));
  return indexFor(pageLang()).pagefind;
}

let shardIndex: Promise<string[]> | undefined;
const shards = new Map<number, Promise<Set<string>>>();

/** Each shard's first word (see `shardWords`), loaded with the vocabulary so a correction waits for one shard only. */
function loadShardIndex(): Promise<string[]> {
  shardIndex ??= fetch(`${base}search/words/index.txt`)
    .then((r) => (r.ok ? r.text() : ''))
    .then((text) => text.split('\n').filter(Boolean));
  return shardIndex;
}

/** True when `word` is in the language word list (English, Hinglish): fetches only its shard. */
async function isLanguageWord(word: string): Promise<boolean> {
  const shard = shardOf(await loadShardIndex(), word);
  let loading = shards.get(shard);
  if (!loading) {
    loading = fetch(`${base}search/words/${shard}.txt`)
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => new Set(text.split('\n')));
    shards.set(shard, loading);
  }
  return (await loading).has(word);
}

function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`${base}search/vocabulary.txt`)
    .then((r) => (r.ok ? r.text() : ''))
    .then(decodeVocabulary);
  return vocabulary;
}

/** How many pages of this index have exactly this word (not only longer words starting with it). */
function pagesWith(state: IndexState, engine: PagefindClient, word: string): Promise<number> {
  let answer = state.known.get(word);
  if (!answer) {
    answer = engine.count(word);
    state.known.set(word, answer);
  }
  return answer;
}

/** Tag and category labels by the slugs used in URLs. */
export async function filterLabels(): Promise<{ tag: Map<string, string>; category: string[] }> {
  const engine = await warm();
  const all = await engine.filters();
  return {
    tag: new Map(Object.keys(all['tag'] ?? {}).map((label) => [slugify(label), label])),
    category: Object.keys(all['category'] ?? {}),
  };
}

const EMPTY = (): SearchOutcome => ({ total: 0, results: [], counts: { category: new Map(), tag: new Map() } });

/**
 * Searches: corrects words the index does not know (never a real word, never into a stopword, never
 * into a query matching most of the site when its other words find pages), expands synonyms,
 * searches each idea and merges the rankings. Returns the first `limit` results shaped for display.
 * With `correct` false the words are searched as typed ("Search instead for …").
 *
 * Progressive: when the query's own words (and their stems and prefixes) find pages but synonyms
 * would need more of the index, `onFirst` gets those results as soon as the own words' chunks are
 * in; the promise then settles with the full search, whose results are exactly those of a search
 * without `onFirst`. A query whose own words find nothing calls no `onFirst`: it waits for its synonyms.
 *
 * On a page in another language than English, a query written in Latin letters also searches the
 * English index; its results follow the page language's, each article once (see `indexesFor`).
 */
export async function search(
  query: string,
  filters: Filters,
  limit = 8,
  correct = true,
  onFirst?: (first: SearchOutcome) => void,
): Promise<SearchOutcome> {
  const [own, other] = indexesFor(query, pageLang());
  if (!other) return searchIn(own!, query, filters, limit, correct, onFirst);
  const [mine, theirs] = await Promise.all([
    searchIn(own!, query, filters, limit, correct, onFirst),
    searchIn(other, query, filters, limit, correct),
  ]);
  const merged = mergeLanguages(mine, theirs, limit);
  const counts = { category: new Map<string, number>(), tag: new Map<string, number>() };
  for (const result of merged.results) {
    if (result.category) counts.category.set(result.category, (counts.category.get(result.category) ?? 0) + 1);
    for (const tag of result.tags) counts.tag.set(tag, (counts.tag.get(tag) ?? 0) + 1);
  }
  const corrected = mine.corrected ?? theirs.corrected;
  return { ...(corrected ? { corrected } : {}), total: merged.total, results: merged.results, counts };
}

/** One index's search: correction, then the words searched progressively (see `search`). */
async function searchIn(
  lang: string,
  query: string,
  filters: Filters,
  limit: number,
  correct: boolean,
  onFirst?: (first: SearchOutcome) => void,
): Promise<SearchOutcome> {
  void warm();
  const state = indexFor(lang);
  const engine = await state.pagefind;
  const table = await synonyms!;
  const typed = words(query);
  if (typed.length === 0) return EMPTY();
  const find = (ws: readonly string[], n: number, ownOnly = false) =>
    searchWords(state, engine, table, lang, ws, filters, n, ownOnly);

  // Stopwords are never corrected; they still count inside synonym phrases ("bill nahi aaya").
  // A single letter (the start of a word being typed) has nothing to be corrected to.
  const checked = await Promise.all(
    typed.map((w) => (STOPWORDS.has(w) || w.length < 2 || table.has(w) ? true : pagesWith(state, engine, w).then((n) => n > 0))),
  );
  if (!correct || !checked.includes(false)) {
    if (onFirst) {
      const first = await find(typed, limit, true);
      if (!first.partial) return first.outcome;
      if (first.outcome.total > 0) onFirst(first.outcome);
    }
    return (await find(typed, limit)).outcome;
  }
  const [vocab] = await Promise.all([loadVocabulary(), loadShardIndex()]);
  const fixed = await correctQuery(typed, checked, vocab, isLanguageWord, (w) => STOPWORDS.has(w));
  if (fixed.join(' ') === typed.join(' ')) return (await find(typed, limit)).outcome;
  const { outcome } = await find(fixed, limit);
  const others = typed.filter((w, i) => fixed[i] === w && !STOPWORDS.has(w));
  if (others.length > 0 && outcome.total > engine.pageCount / 2) {
    // Only the count is needed: no result fragments are downloaded for it.
    const { total } = (await find(others, 0)).outcome;
    if (!keepCorrection({ correctedTotal: outcome.total, othersTotal: total, pageCount: engine.pageCount }))
      return (await find(typed, limit)).outcome;
  }
  return { ...outcome, corrected: fixed.join(' ') };
}

/**
 * Searches these words (already corrected or as typed) in one index: synonyms, one search per idea,
 * merged. With `ownOnly`, only the reader's own words are searched (no synonym), ideas whose own
 * words the index lacks are left out, and `partial` says whether anything was left out.
 */
async function searchWords(
  state: IndexState,
  engine: PagefindClient,
  table: SynonymTable,
  lang: string,
  searchWords: readonly string[],
  filters: Filters,
  limit: number,
  ownOnly = false,
): Promise<{ outcome: SearchOutcome; partial: boolean }> {
  const pagefindFilters: FilterSpec = {};
  if (filters.category) pagefindFilters['category'] = filters.category;
  if (filters.tags.length > 0) pagefindFilters['tag'] = { all: filters.tags };
  const run = (term: string) => cachedSearch(state, engine, term, pagefindFilters);
  const expanded = expandQuery(searchWords, table);
  // A single letter (usually a word still being typed) would match most pages: it is searched only on its own.
  const meaningful = expanded.filter((c) => !STOPWORDS.has(c.term) && c.term.length > 1);
  let partial = false;
  const chosen = await Promise.all(
    (meaningful.length > 0 ? meaningful : expanded).map(async (concept) => {
      // The index search drops words it lacks and guesses loosely, so the reader's own phrase is searched only
      // if the index has all its words; the build already left out synonyms the site never uses.
      const ownWords = concept.term.split(' ').filter((w) => !STOPWORDS.has(w));
      const own =
        ownWords.length === 0 ? Infinity : Math.min(...(await Promise.all(ownWords.map((w) => pagesWith(state, engine, w)))));
      const choice = alternativesFor(concept, own, COMMON, ownOnly);
      // The synonyms' chunks are what early results must not wait for: anything left out makes them provisional.
      if (choice.partial) partial = true;
      return choice.alternatives ? { ...concept, alternatives: choice.alternatives } : undefined;
    }),
  );
  const concepts = chosen.filter((c) => c !== undefined);
  if (concepts.length === 0) return { outcome: EMPTY(), partial };
  const wholeQuery = concepts.map((c) => c.alternatives[0]).join(' ');
  const whole = concepts.length > 1 ? await run(wholeQuery) : undefined;
  // Pages with every word lead the merged ranking, so the best of them are usually the results shown:
  // their fragments download while the ideas are ranked one by one (a wrong guess costs a fragment, about 2 KB).
  for (const result of whole?.top(limit) ?? []) result.preload();
  const conceptHits = await Promise.all(concepts.map((c) => Promise.all(c.alternatives.map(run))));
  const ranked = mergeHits(conceptHits, whole, engine.idOf, limit);
  const highlight = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.split(' '))))]
    .filter((w) => !STOPWORDS.has(w))
    .join(' ');
  // The whole query's results carry excerpts and locations for all its words, so they win.
  const sources = [...(whole ? [whole] : []), ...conceptHits.flat()];
  const top = await Promise.all(
    ranked.hits.map(({ page }) =>
      sources
        .find((found) => found.pages.includes(page))!
        .result(page)
        .data(),
    ),
  );
  const counts = { category: new Map<string, number>(), tag: new Map<string, number>() };
  const results = top.map((data) => {
    for (const value of data.filters['category'] ?? []) counts.category.set(value, (counts.category.get(value) ?? 0) + 1);
    for (const value of data.filters['tag'] ?? []) counts.tag.set(value, (counts.tag.get(value) ?? 0) + 1);
    const landing = `${data.url}?highlight=${encodeURIComponent(highlight)}`;
    return {
      url: landing,
      id: data.meta['id'] ?? '',
      lang,
      title: data.meta['title'] ?? data.url,
      quickAnswer: data.meta['quickAnswer'] ?? '',
      category: data.meta['category'] ?? '',
      tags: data.filters['tag'] ?? [],
      excerpt: data.excerpt,
      links: deepLinks(data.anchors, data.locations, data.content).map((link) => ({ ...link, url: `${landing}#${link.id}` })),
    };
  });
  return { outcome: { total: ranked.total, results, counts }, partial };
}
