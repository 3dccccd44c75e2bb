/**
 * Pagefind 1.6's search and ranking, over index files read by
 * `pagefind-index.ts`: each query word is stemmed and matches every indexed
 * word it begins; pages must match every query word the index knows; pages
 * are ranked by BM25 over weighted word counts (title and keywords weigh
 * more), with a boost for words in metadata fields. Follows `search_term` and
 * `exact_term` in `pagefind_web/src/search.rs` with Pagefind's default ranking.
 */
import type { IndexMeta, LazyWord, PageWord } from './pagefind-index';
import { stem } from './stem';

/** The loaded part of an index: the page list, the words of the chunks loaded so far, and loaded filters. */
export interface LoadedIndex {
  meta: IndexMeta;
  /** Indexed (stemmed) words, each decoded when first used. */
  words: Map<string, LazyWord>;
  /** Filter name → value → pages. */
  filters: Map<string, Map<string, number[]>>;
  /** `words`' keys in order, rebuilt when missing (set it to undefined after adding words). */
  sorted?: string[] | undefined;
  /** The index language's word rule (`stemmerFor`); English stemming when absent. */
  stem?: ((word: string) => string) | undefined;
}

/** Pagefind's default ranking weights (`RankingWeights::default()`). */
const RANKING = {
  termSimilarity: 1,
  pageLength: 0.75,
  termSaturation: 1.4,
  termFrequency: 1,
  diacriticSimilarity: 0.8,
  metaWeights: new Map([['title', 5]]),
};

/** A matched word on a result page, as Pagefind reports it for excerpts. */
export interface WordLocation {
  /** Word weight, 1 for normal text. */
  weight: number;
  /** How much this word counts towards the excerpt's placement. */
  score: number;
  /** Word position in the page's content. */
  location: number;
}

/** A page that matched. */
export interface PageMatch {
  page: number;
  score: number;
  /** The matched words on the page, in order (worked out on demand: only shown results need them). */
  locations(): WordLocation[];
}

/** Filters as Pagefind takes them: `{ category: "Billing", tag: { all: ["ivr", "sip"] } }`. */
export type FilterSpec = Record<string, string | string[] | { all?: string[]; any?: string[]; none?: string[]; not?: string[] }>;

/** A query as Pagefind's browser code prepares it: `term` is searched, `original` (accents kept) earns the accent bonus. */
export interface PreparedQuery {
  term: string;
  original: string;
}

// Pagefind keeps the Japanese voiced-sound marks and recomposes the word when it has one (`normalizeDiacritics`).
const KANA_MARKS = /[\u3099\u309A]/;

/** One word without its combining marks (accents, Devanagari vowel signs), as Pagefind's index keys it. */
function stripMarks(word: string): string {
  const stripped = word.normalize('NFD').replace(/(?![\u3099\u309A])\p{M}/gu, '');
  return KANA_MARKS.test(stripped) ? stripped.normalize('NFC') : stripped;
}

/**
 * Prepares a query as Pagefind 1.6's `pagefind.js` does: lower case, punctuation dropped (so `e-mandate`
 * is `emandate`), single spaces; then each word without its combining marks (`term`) and as typed (`original`).
 */
export function prepareQuery(text: string): PreparedQuery {
  const cleaned = text
    .replace(/\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}/gu, '')
    .toLocaleLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const pairs = cleaned
    .split(' ')
    .map((word) => [word, stripMarks(word)] as const)
    .filter(([, term]) => term.length > 0);
  return { term: pairs.map(([, term]) => term).join(' '), original: pairs.map(([word]) => word).join(' ') };
}

/** The searched form of a query (`prepareQuery(text).term`): accents removed too. */
export function normalizeQuery(text: string): string {
  return prepareQuery(text).term;
}

function sortedKeys(index: LoadedIndex): string[] {
  index.sorted ??= [...index.words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return index.sorted;
}

/** Indexed words that begin with `term`; if none, the longest indexed word that `term` begins with. */
export function wordExtensions(index: LoadedIndex, term: string): string[] {
  const keys = sortedKeys(index);
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid]! < term) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < keys.length && keys[i]!.startsWith(term); i++) found.push(keys[i]!);
  if (found.length > 0) return found;
  for (let n = term.length - 1; n > 0; n--) if (index.words.has(term.slice(0, n))) return [term.slice(0, n)];
  return [];
}

const idf = (total: number, containing: number) => Math.log((total - containing + 0.5) / (containing + 0.5) + 1);

function lengthBonus(differential: number): number {
  const base = Math.exp((-0.5 * differential ** 2) / 4);
  return Math.exp(base * RANKING.termSimilarity) / Math.exp(RANKING.termSimilarity);
}

function diacriticsMatch(original: string, form: string): boolean {
  return form === original || form.startsWith(original) || original.startsWith(form);
}

const utf8Length = (s: string) => new TextEncoder().encode(s).length;

/** Pages with every value of a filter spec, or undefined when the spec names no filter. */
export function filterPages(index: LoadedIndex, spec: FilterSpec | undefined): Set<number> | undefined {
  const names = Object.keys(spec ?? {});
  if (!spec || names.length === 0) return undefined;
  const all = () => new Set(index.meta.pages.keys());
  const pagesOf = (name: string, value: string) => new Set(index.filters.get(name)?.get(value) ?? []);
  const intersect = (sets: Set<number>[]) =>
    sets.reduce((acc, s) => new Set([...acc].filter((p) => s.has(p))), sets.length ? sets[0]! : new Set<number>());
  const union = (sets: Set<number>[]) => new Set(sets.flatMap((s) => [...s]));
  const invert = (set: Set<number>) => new Set([...all()].filter((p) => !set.has(p)));
  const sets: Set<number>[] = [];
  for (const name of names) {
    const value = spec[name]!;
    if (typeof value === 'string') sets.push(pagesOf(name, value));
    else if (Array.isArray(value)) sets.push(intersect(value.map((v) => pagesOf(name, v))));
    else {
      if (value.any) sets.push(union(value.any.map((v) => pagesOf(name, v))));
      if (value.all) sets.push(intersect(value.all.map((v) => pagesOf(name, v))));
      if (value.none) sets.push(invert(union(value.none.map((v) => pagesOf(name, v)))));
      if (value.not) sets.push(invert(intersect(value.not.map((v) => pagesOf(name, v)))));
    }
  }
  return intersect(sets);
}

interface Matching {
  word: PageWord;
  key: string;
  lengthBonus: number;
  diacriticBonus: number;
  term: number;
}

/**
 * Searches the loaded words for a normalised query (see `normalizeQuery`).
 * `original` is the query with its accents (`prepareQuery`): forms typed with the same accents rank higher.
 * Returns the matching pages, best first, and how many matched before filtering.
 * A query word the index lacks is left out, unless the index knows none of the words.
 */
export function searchPages(
  index: LoadedIndex,
  query: string,
  filter?: FilterSpec,
  original = query,
): { results: PageMatch[]; unfilteredTotal: number } {
  const typed = query.split(' ').filter(Boolean);
  const originals = original.split(' ');
  const terms = typed.map((word) => (index.stem ?? stem)(word));
  const total = index.meta.pages.length;
  // Indexed by page number rather than keyed: ranking a word most pages share visits thousands of pages.
  const byPage: (Matching[] | undefined)[] = new Array<Matching[] | undefined>(total);
  const termsMatched = new Uint16Array(total);
  const lastTerm = new Int32Array(total).fill(-1);
  const counts: number[] = [];
  // Each searched word's pages in the order first found: the results start in the order of the rarest word's.
  const orders: number[][] = [];

  terms.forEach((term, t) => {
    const order: number[] = [];
    const extensions = wordExtensions(index, term);
    for (const key of extensions) {
      const data = index.words.get(key)!();
      const bonus = lengthBonus(Math.min(255, Math.abs(utf8Length(key) - utf8Length(term)) + 1));
      const forms: [string, PageWord[]][] = [
        [key, data.pages],
        ...data.variants.map((v) => [v.form, v.pages] as [string, PageWord[]]),
      ];
      for (const [form, list] of forms) {
        const diacriticBonus = diacriticsMatch(originals[t] ?? '', form) ? 1 + RANKING.diacriticSimilarity : 1;
        for (const word of list) {
          const page = word.page;
          if (lastTerm[page] !== t) {
            lastTerm[page] = t;
            termsMatched[page]! += 1;
            order.push(page);
          }
          const entry = { word, key, lengthBonus: bonus, diacriticBonus, term: t };
          const onPage = byPage[page];
          if (onPage) onPage.push(entry);
          else byPage[page] = [entry];
        }
      }
    }
    counts.push(order.length);
    if (extensions.length > 0) orders.push(order);
  });

  let matched: number[];
  if (orders.length === 0) matched = terms.length > 0 ? [] : [...index.meta.pages.keys()];
  else {
    // The first of the rarest words (a stable choice, as sorting the sets by size was).
    const rarest = orders.reduce((min, order) => (order.length < min.length ? order : min));
    matched = rarest.filter((p) => termsMatched[p] === orders.length);
  }
  const unfilteredTotal = matched.length;
  const allowed = filterPages(index, filter);
  if (allowed) matched = matched.filter((p) => allowed.has(p));

  const queryIdf = counts.reduce((sum, c) => sum + idf(total, c), 0);
  const results = matched.map((page): PageMatch => {
    const words = byPage[page] ?? [];
    return {
      page,
      score: words.length ? scorePage(index, words, counts, queryIdf) : 0,
      locations: () => locationsOf(words),
    };
  });
  results.sort((a, b) => b.score - a.score);
  return { results, unfilteredTotal };
}

/**
 * The matched positions of a page grouped by position, in order. Words at one
 * position matched by several query words (parts of "e-mandate") count once, boosted.
 */
function groupPositions(words: readonly Matching[]): { key: string; weight: number; location: number; lengthBonus: number }[][] {
  // One sortable number per position: location, then which entry, then the weight (at most 255).
  const codes: number[] = [];
  words.forEach((w, e) => {
    for (let i = 0; i < w.word.locs.length; i += 2) codes.push(w.word.locs[i + 1]! * 2 ** 24 + e * 256 + w.word.locs[i]!);
  });
  const sorted = Float64Array.from(codes).sort();
  const groups: { key: string; weight: number; location: number; lengthBonus: number }[][] = [];
  let seen = new Map<number, { key: string; weight: number; location: number; lengthBonus: number }>();
  let at = -1;
  for (const code of sorted) {
    const location = Math.floor(code / 2 ** 24);
    const w = words[Math.floor(code / 256) % 2 ** 16]!;
    if (location !== at) {
      if (seen.size) groups.push([...seen.values()]);
      seen = new Map();
      at = location;
    }
    if (!seen.has(w.term)) seen.set(w.term, { key: w.key, weight: code % 256, location, lengthBonus: w.lengthBonus });
  }
  if (seen.size) groups.push([...seen.values()]);
  return groups;
}

const groupWeight = (group: readonly { weight: number }[]) => {
  const min = Math.min(...group.map((g) => g.weight));
  return group.length > 1 ? Math.min(255, min * group.length) : min;
};

function locationsOf(words: readonly Matching[]): WordLocation[] {
  return groupPositions(words).map((group) => {
    const weight = groupWeight(group);
    const bonus = group.reduce((sum, g) => sum + g.lengthBonus, 0);
    return { weight: weight / 24, score: weight ** 2 * bonus, location: group[0]!.location };
  });
}

// Scratch space for `weightedCounts`, one slot per word position, reused from page to page: a slot
// belongs to the current page only while its stamp is the page's.
let stamps = new Int32Array(1024);
let firstTerm = new Int32Array(1024);
let firstEntry = new Int32Array(1024);
let firstWeight = new Int32Array(1024);
let stamp = 0;

function fit(size: number) {
  if (size <= stamps.length) return;
  const grown = (array: Int32Array) => {
    const next = new Int32Array(Math.max(size, array.length * 2));
    next.set(array);
    return next;
  };
  stamps = grown(stamps);
  firstTerm = grown(firstTerm);
  firstEntry = grown(firstEntry);
  firstWeight = grown(firstWeight);
}

/**
 * Each indexed word's weighted count on a page, as `groupPositions` credits it (every position's group
 * weight to each of its words), in one pass without sorting: ranking runs this for every matching page.
 * Entries are visited in order, so the first entry of a query word at a position is the one kept, as
 * sorting by (position, entry) keeps it. A position most often holds one query word; one holding
 * several ("two-factor" matched by "two" and "factor") is credited as a group at the end.
 */
function weightedCounts(words: readonly Matching[]): Map<string, number> {
  stamp += 1;
  if (stamp === 2 ** 31 - 1) {
    stamps.fill(0);
    stamp = 1;
  }
  const perEntry = new Float64Array(words.length);
  let shared: Map<number, { entries: number[]; weights: number[] }> | undefined;
  words.forEach((w, e) => {
    const locs = w.word.locs;
    for (let i = 0; i < locs.length; i += 2) {
      const weight = locs[i]!;
      const location = locs[i + 1]!;
      fit(location + 1);
      if (stamps[location] !== stamp) {
        stamps[location] = stamp;
        firstTerm[location] = w.term;
        firstEntry[location] = e;
        firstWeight[location] = weight;
        perEntry[e]! += weight;
        continue;
      }
      if (firstTerm[location] === w.term) continue;
      shared ??= new Map();
      let group = shared.get(location);
      if (!group) {
        group = { entries: [firstEntry[location]!], weights: [firstWeight[location]!] };
        shared.set(location, group);
      }
      if (group.entries.some((other) => words[other]!.term === w.term)) continue;
      group.entries.push(e);
      group.weights.push(weight);
    }
  });
  for (const { entries, weights } of shared?.values() ?? []) {
    // The first entry was credited alone; the group is credited instead.
    perEntry[entries[0]!]! -= weights[0]!;
    const weight = Math.min(255, Math.min(...weights) * entries.length);
    for (const e of entries) perEntry[e]! += weight;
  }
  const weighted = new Map<string, number>();
  words.forEach((w, e) => weighted.set(w.key, (weighted.get(w.key) ?? 0) + perEntry[e]!));
  return weighted;
}

function scorePage(index: LoadedIndex, words: readonly Matching[], counts: readonly number[], queryIdf: number): number {
  const total = index.meta.pages.length;
  const { wordCount } = index.meta.pages[words[0]!.word.page]!;
  const k1 = RANKING.termSaturation;
  const b = RANKING.pageLength;
  const lengthNorm = k1 * (1 - b + b * (wordCount / index.meta.averageLength));
  // BM25 of one indexed word from its weighted count on the page (24 = once in normal text).
  const wordScore = (matched: Matching, count: number) => {
    const tf = (count / 24) * matched.lengthBonus;
    const bm25 = ((k1 + 1) * tf) / (lengthNorm + tf);
    const raw = Math.min(tf / (index.meta.averageLength / 5), k1 + 1);
    const pagefindTf = (1 - RANKING.termFrequency) * raw + RANKING.termFrequency * bm25;
    return idf(total, counts[matched.term]!) * pagefindTf * matched.diacriticBonus;
  };

  let score = 0;
  if (words.length === 1) {
    const only = words[0]!;
    if (only.word.locs.length > 0) {
      let count = 0;
      for (let i = 0; i < only.word.locs.length; i += 2) count += only.word.locs[i]!;
      score = wordScore(only, count);
    }
  } else {
    const weighted = weightedCounts(words);
    for (const [key, count] of weighted)
      score += wordScore(
        words.find((w) => w.key === key)!,
        count,
      );
  }

  // Per metadata field, the query words it matched (Pagefind 1.6 counts a query word once per field,
  // however many indexed words it matched there).
  let metaMatches: Map<number, Set<number>> | undefined;
  for (const w of words) {
    for (const field of w.word.metaFields) {
      metaMatches ??= new Map();
      const terms = metaMatches.get(field) ?? new Set<number>();
      terms.add(w.term);
      metaMatches.set(field, terms);
    }
  }
  if (metaMatches && queryIdf > 0) {
    for (const [field, terms] of metaMatches) {
      const name = index.meta.metaFields[field];
      if (name === undefined) continue;
      const weight = RANKING.metaWeights.get(name) ?? 1;
      let matchedIdf = 0;
      for (const t of terms) matchedIdf += idf(total, counts[t]!);
      const coverage = matchedIdf / queryIdf;
      score += weight * matchedIdf * coverage * coverage;
    }
  }
  return score;
}

/** How many pages hold exactly this word (after stemming), as a quoted one-word Pagefind search counts them. */
export function countPages(index: LoadedIndex, word: string): number {
  const data = index.words.get((index.stem ?? stem)(normalizeQuery(word)))?.();
  if (!data) return 0;
  return new Set([...data.pages, ...data.variants.flatMap((v) => v.pages)].map((p) => p.page)).size;
}
