/**
 * The search the UI, the search page and the relevance tests all use: the
 * Pagefind index (read by ./pagefind.ts), then synonyms, typo correction and
 * merging on top of it. Loaded only once a reader reaches for search.
 */
import { correctQuery, decodeVocabulary, keepCorrection, shardOf, type Vocabulary } from '../../search/correct';
import type { ExcerptPart } from '../../search/excerpt';
import type { FilterSpec } from '../../search/pagefind-search';
import { deepLinks, mergeHits, type DeepLink, type Hit } from '../../search/rank';
import { expandQuery, type SynonymTable } from '../../search/synonyms';
import { STOPWORDS, words } from '../../search/words';
import { slugify } from '../../content/slug';
import { openPagefind, type PagefindClient, type PagefindResult } from './pagefind';

/** One result as the UI shows it. Every string here is rendered as text. */
export interface SearchResult {
  url: string;
  /** The article's id (frontmatter `id`), for feedback events. */
  id: string;
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
let pagefind: Promise<PagefindClient> | undefined;
let synonyms: Promise<SynonymTable> | undefined;
let vocabulary: Promise<Vocabulary> | undefined;
const known = new Map<string, Promise<number>>();
/** A word on this many pages is the site's own word for the idea: its synonyms would add little but time. */
const COMMON = 50;
// As a reader types, every keystroke searches the earlier words again; ranking a word thousands of
// pages share takes milliseconds, so each word's results are kept for a while.
const recent = new Map<string, Promise<PagefindResult[]>>();
const RECENT_MAX = 200;

function cachedSearch(engine: PagefindClient, term: string, filters: FilterSpec): Promise<PagefindResult[]> {
  const key = JSON.stringify([term, filters]);
  let hit = recent.get(key);
  if (hit) {
    recent.delete(key);
  } else {
    hit = engine.search(term, filters);
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  }
  recent.set(key, hit);
  return hit;
}

/** Starts loading the index's page list and the synonyms; safe to call repeatedly. */
export function warm(): Promise<PagefindClient> {
  pagefind ??= openPagefind({
    bundle: `${base}pagefind/`,
    baseUrl: base,
    excerptLength: 22,
    lang: document.documentElement.lang,
  });
  synonyms ??= fetch(`${base}search/synonyms.json`)
    .then((r) => (r.ok ? r.json() : {}))
    .then((json: Record<string, string[]>) => new Map(Object.entries(json)));
  return pagefind;
}

const shards = new Map<string, Promise<Set<string>>>();

/** True when `word` is in the language word list (English, Hinglish): fetches only its shard. */
function isLanguageWord(word: string): Promise<boolean> {
  const shard = shardOf(word);
  let loading = shards.get(shard);
  if (!loading) {
    loading = fetch(`${base}search/words/${shard}.txt`)
      .then((r) => (r.ok ? r.text() : ''))
      .then((text) => new Set(text.split('\n')));
    shards.set(shard, loading);
  }
  return loading.then((set) => set.has(word));
}

function loadVocabulary(): Promise<Vocabulary> {
  vocabulary ??= fetch(`${base}search/vocabulary.txt`)
    .then((r) => (r.ok ? r.text() : ''))
    .then(decodeVocabulary);
  return vocabulary;
}

/** True when the index has at least one page with exactly this word (not only longer words starting with it). */
function isKnown(engine: PagefindClient, word: string): Promise<boolean> {
  return pagesWith(engine, word).then((n) => n > 0);
}

/** How many pages have exactly this word. */
function pagesWith(engine: PagefindClient, word: string): Promise<number> {
  let answer = known.get(word);
  if (!answer) {
    answer = engine.count(word);
    known.set(word, answer);
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

/**
 * Searches: corrects words the index does not know (never a real word, never into a stopword, never
 * into a query matching most of the site when its other words find pages), expands synonyms,
 * searches each idea and merges the rankings. Returns the first `limit` results shaped for display.
 * With `correct` false the words are searched as typed ("Search instead for …").
 */
export async function search(query: string, filters: Filters, limit = 8, correct = true): Promise<SearchOutcome> {
  const engine = await warm();
  const table = await synonyms!;
  const typed = words(query);
  if (typed.length === 0) return { total: 0, results: [], counts: { category: new Map(), tag: new Map() } };

  // Stopwords are never corrected; they still count inside synonym phrases ("bill nahi aaya").
  // A single letter (the start of a word being typed) has nothing to be corrected to.
  const checked = await Promise.all(
    typed.map((w) => (STOPWORDS.has(w) || w.length < 2 || table.has(w) ? true : isKnown(engine, w))),
  );
  if (!correct || !checked.includes(false)) return searchWords(engine, table, typed, filters, limit);
  const vocab = await loadVocabulary();
  const fixed = await correctQuery(typed, checked, vocab, isLanguageWord, (w) => STOPWORDS.has(w));
  if (fixed.join(' ') === typed.join(' ')) return searchWords(engine, table, typed, filters, limit);
  const outcome = await searchWords(engine, table, fixed, filters, limit);
  const others = typed.filter((w, i) => fixed[i] === w && !STOPWORDS.has(w));
  if (others.length > 0 && outcome.total > engine.pageCount / 2) {
    // Only the count is needed: no result fragments are downloaded for it.
    const { total } = await searchWords(engine, table, others, filters, 0);
    if (!keepCorrection({ correctedTotal: outcome.total, othersTotal: total, pageCount: engine.pageCount }))
      return searchWords(engine, table, typed, filters, limit);
  }
  return { ...outcome, corrected: fixed.join(' ') };
}

/** Searches these words (already corrected or as typed): synonyms, one search per idea, merged. */
async function searchWords(
  engine: PagefindClient,
  table: SynonymTable,
  searchWords: readonly string[],
  filters: Filters,
  limit: number,
): Promise<SearchOutcome> {
  const pagefindFilters: FilterSpec = {};
  if (filters.category) pagefindFilters['category'] = filters.category;
  if (filters.tags.length > 0) pagefindFilters['tag'] = { all: filters.tags };
  const byId = new Map<string, PagefindResult>();
  // The whole query's results carry excerpts and locations for all its words, so they win.
  const run = async (term: string, whole = false): Promise<Hit[]> => {
    const results = await cachedSearch(engine, term, pagefindFilters);
    for (const r of results) if (whole || !byId.has(r.id)) byId.set(r.id, r);
    return results.map((r) => ({ id: r.id, score: r.score }));
  };
  const expanded = expandQuery(searchWords, table);
  // A single letter (usually a word still being typed) would match most pages: it is searched only on its own.
  const meaningful = expanded.filter((c) => !STOPWORDS.has(c.term) && c.term.length > 1);
  const concepts = await Promise.all(
    (meaningful.length > 0 ? meaningful : expanded).map(async (concept) => {
      // The index search drops words it lacks and guesses loosely, so the reader's own phrase is searched only
      // if the index has all its words; the build already left out synonyms the site never uses.
      const ownWords = concept.term.split(' ').filter((w) => !STOPWORDS.has(w));
      const own = ownWords.length === 0 ? Infinity : Math.min(...(await Promise.all(ownWords.map((w) => pagesWith(engine, w)))));
      if (own >= COMMON) return { ...concept, alternatives: [concept.term] };
      const alternatives = concept.alternatives.filter((_, i) => i > 0 || own > 0);
      return { ...concept, alternatives: alternatives.length > 0 ? alternatives : [concept.term] };
    }),
  );
  const wholeQuery = concepts.map((c) => c.alternatives[0]).join(' ');
  const [conceptHits, whole] = await Promise.all([
    Promise.all(concepts.map((c) => Promise.all(c.alternatives.map((alt) => run(alt))))),
    concepts.length > 1 ? run(wholeQuery, true) : Promise.resolve([]),
  ]);
  const ranked = mergeHits(conceptHits, whole);
  const highlight = [...new Set(concepts.flatMap((c) => c.alternatives.flatMap((a) => a.split(' '))))]
    .filter((w) => !STOPWORDS.has(w))
    .join(' ');
  const top = await Promise.all(ranked.slice(0, limit).map((hit) => byId.get(hit.id)!.data()));
  const counts = { category: new Map<string, number>(), tag: new Map<string, number>() };
  const results = top.map((data) => {
    for (const value of data.filters['category'] ?? []) counts.category.set(value, (counts.category.get(value) ?? 0) + 1);
    for (const value of data.filters['tag'] ?? []) counts.tag.set(value, (counts.tag.get(value) ?? 0) + 1);
    const landing = `${data.url}?highlight=${encodeURIComponent(highlight)}`;
    return {
      url: landing,
      id: data.meta['id'] ?? '',
      title: data.meta['title'] ?? data.url,
      quickAnswer: data.meta['quickAnswer'] ?? '',
      category: data.meta['category'] ?? '',
      tags: data.filters['tag'] ?? [],
      excerpt: data.excerpt,
      links: deepLinks(data.anchors, data.locations, data.content).map((link) => ({ ...link, url: `${landing}#${link.id}` })),
    };
  });
  return { total: ranked.length, results, counts };
}
