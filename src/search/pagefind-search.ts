/**
 * Pagefind 1.6's search and ranking, over index files read by
 * `pagefind-index.ts`: each query word is stemmed and matches every indexed
 * word it begins; pages must match every query word the index knows; pages
 * are ranked by BM25 over weighted word counts (title and keywords weigh
 * more), with a boost for words in metadata fields. Follows `search_term` and
 * `exact_term` in `pagefind_web/src/search.rs` with Pagefind's default ranking.
 */
import { firstInOrder, grown } from './arrays';
import { locsOf, type IndexMeta, type LazyWord, type PageList } from './pagefind-index';
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

/** One indexed form a query word matched (a word, or a spelling of it with accents), with the pages it is on. */
interface Match {
  key: string;
  /** `key`'s number among the keys of this search: per-page sums are kept by key. */
  keyIndex: number;
  lengthBonus: number;
  diacriticBonus: number;
  /** Which query word matched it. */
  term: number;
  list: PageList;
}

/** A matched form on one page: its (weight, position) pairs. */
interface Matching {
  locs: ArrayLike<number>;
  key: string;
  lengthBonus: number;
  term: number;
}

/**
 * The pages a search matched, in the order found, with their scores. At thousands of pages a search is
 * ranked in typed arrays and only the results shown are sorted (`top`) and located (`locations`).
 */
export interface PageMatches {
  /** Page numbers, in the order found (the rarest query word's order). */
  pages: Int32Array;
  /** Each page's score, aligned with `pages`. */
  scores: Float64Array;
  /** The first `limit` pages (all by default), best first; equal scores in the order found. */
  top(limit?: number): { page: number; score: number }[];
  /** The matched words on one of the pages, in order. */
  locations(page: number): WordLocation[];
}

/**
 * Scratch space of `searchPages`, reused from search to search: allocated per search, these arrays (a
 * few per page of the site) made the garbage collector run in the middle of queries at thousands of
 * pages. A page's slots belong to the current search only while its stamp is the search's.
 */
interface SearchScratch {
  stamp: number;
  pageStamp: Int32Array;
  head: Int32Array;
  tail: Int32Array;
  lastTerm: Int32Array;
  termsMatched: Uint16Array;
  /** Entry e is page `entryIndex[e]` of the list of `matches[entryMatch[e]]`; `next[e]` the page's next entry. */
  next: Int32Array;
  entryIndex: Int32Array;
  entryMatch: Int32Array;
}

let scratchSpace: SearchScratch | undefined;

/** The scratch space for a site of `total` pages, with a fresh stamp. */
function searchScratch(total: number): SearchScratch {
  if (!scratchSpace || scratchSpace.pageStamp.length < total || scratchSpace.stamp >= 2 ** 31 - 2) {
    const entries = scratchSpace?.next.length ?? 1024;
    scratchSpace = {
      stamp: 0,
      pageStamp: new Int32Array(total),
      head: new Int32Array(total),
      tail: new Int32Array(total),
      lastTerm: new Int32Array(total),
      termsMatched: new Uint16Array(total),
      next: new Int32Array(entries),
      entryIndex: new Int32Array(entries),
      entryMatch: new Int32Array(entries),
    };
  }
  scratchSpace.stamp += 1;
  return scratchSpace;
}

function growEntries(scratch: SearchScratch, size: number): void {
  scratch.next = grown(scratch.next, size);
  scratch.entryIndex = grown(scratch.entryIndex, size);
  scratch.entryMatch = grown(scratch.entryMatch, size);
}

/**
 * Searches the loaded words for a normalised query (see `normalizeQuery`).
 * `original` is the query with its accents (`prepareQuery`): forms typed with the same accents rank higher.
 * Returns the matching pages and their scores.
 * A query word the index lacks is left out, unless the index knows none of the words.
 */
export function searchPages(index: LoadedIndex, query: string, filter?: FilterSpec, original = query): PageMatches {
  const typed = query.split(' ').filter(Boolean);
  const originals = original.split(' ');
  const terms = typed.map((word) => (index.stem ?? stem)(word));
  const total = index.meta.pages.length;
  // Indexed by page number rather than keyed, and each page's matches as a linked list in flat arrays:
  // ranking a word most pages share visits thousands of pages, and objects per page would be garbage.
  const scratch = searchScratch(total);
  const { pageStamp, head, tail, termsMatched, lastTerm } = scratch;
  const stamp = scratch.stamp;
  let entryCount = 0;
  const matches: Match[] = [];
  const keyIndexes = new Map<string, number>();
  const counts: number[] = [];
  // Each searched word's pages in the order first found: the results start in the order of the rarest word's.
  const orders: number[][] = [];

  terms.forEach((term, t) => {
    const order: number[] = [];
    const extensions = wordExtensions(index, term);
    for (const key of extensions) {
      const data = index.words.get(key)!();
      const bonus = lengthBonus(Math.min(255, Math.abs(utf8Length(key) - utf8Length(term)) + 1));
      let keyIndex = keyIndexes.get(key);
      if (keyIndex === undefined) keyIndexes.set(key, (keyIndex = keyIndexes.size));
      const forms: [string, PageList][] = [
        [key, data.pages],
        ...data.variants.map((v) => [v.form, v.pages] as [string, PageList]),
      ];
      for (const [form, list] of forms) {
        const diacriticBonus = diacriticsMatch(originals[t] ?? '', form) ? 1 + RANKING.diacriticSimilarity : 1;
        const m = matches.push({ key, keyIndex, lengthBonus: bonus, diacriticBonus, term: t, list }) - 1;
        for (let i = 0; i < list.pages.length; i++) {
          const page = list.pages[i]!;
          if (pageStamp[page] !== stamp) {
            pageStamp[page] = stamp;
            head[page] = -1;
            termsMatched[page] = 0;
            lastTerm[page] = -1;
          }
          if (lastTerm[page] !== t) {
            lastTerm[page] = t;
            termsMatched[page]! += 1;
            order.push(page);
          }
          const e = entryCount++;
          if (e >= scratch.next.length) growEntries(scratch, e + 1);
          scratch.entryIndex[e] = i;
          scratch.entryMatch[e] = m;
          scratch.next[e] = -1;
          if (head[page] === -1) head[page] = e;
          else scratch.next[tail[page]!] = e;
          tail[page] = e;
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
    matched = rarest.filter((p) => pageStamp[p] === stamp && termsMatched[p] === orders.length);
  }
  const allowed = filterPages(index, filter);
  if (allowed) matched = matched.filter((p) => allowed.has(p));

  const queryIdf = counts.reduce((sum, c) => sum + idf(total, c), 0);
  const pages = Int32Array.from(matched);
  const scores = new Float64Array(pages.length);
  const context: ScoreContext = { index, matches, counts, queryIdf, keys: keyIndexes.size };
  const at: number[] = [];
  const which: number[] = [];
  for (let i = 0; i < pages.length; i++) {
    let n = 0;
    const page = pages[i]!;
    for (let e = pageStamp[page] === stamp ? head[page]! : -1; e !== -1; e = scratch.next[e]!) {
      at[n] = scratch.entryIndex[e]!;
      which[n] = scratch.entryMatch[e]!;
      n += 1;
    }
    scores[i] = n > 0 ? scorePage(context, page, at, which, n) : 0;
  }
  return {
    pages,
    scores,
    top: (limit = pages.length) => topIndexes(scores, limit).map((i) => ({ page: pages[i]!, score: scores[i]! })),
    locations: (page) => locationsOf(matchingsOn(matches, page)),
  };
}

/** Positions `i` of the `limit` highest scores, best first, ties by position (the first of a full stable sort). */
function topIndexes(scores: Float64Array, limit: number): number[] {
  return firstInOrder(Array.from(scores.keys()), limit, (a, b) => scores[b]! - scores[a]! || a - b);
}

/** Where page number `page` is in a list (its pages ascend), or -1. */
function findPage(list: PageList, page: number): number {
  let lo = 0;
  let hi = list.pages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list.pages[mid]! < page) lo = mid + 1;
    else hi = mid;
  }
  return list.pages[lo] === page ? lo : -1;
}

/** A page's matches in the order the search met them (query word, indexed word, form). */
function matchingsOn(matches: readonly Match[], page: number): Matching[] {
  const out: Matching[] = [];
  for (const m of matches) {
    const i = findPage(m.list, page);
    if (i >= 0) out.push({ locs: locsOf(m.list, i), key: m.key, lengthBonus: m.lengthBonus, term: m.term });
  }
  return out;
}

/**
 * The matched positions of a page grouped by position, in order. Words at one
 * position matched by several query words (parts of "e-mandate") count once, boosted.
 */
function groupPositions(words: readonly Matching[]): { key: string; weight: number; location: number; lengthBonus: number }[][] {
  // One sortable number per position: location, then which entry, then the weight (at most 255).
  const codes: number[] = [];
  words.forEach((w, e) => {
    for (let i = 0; i < w.locs.length; i += 2) codes.push(w.locs[i + 1]! * 2 ** 24 + e * 256 + w.locs[i]!);
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

/** What scoring a page needs from its search. */
interface ScoreContext {
  index: LoadedIndex;
  matches: readonly Match[];
  /** Pages matched by each query word. */
  counts: readonly number[];
  queryIdf: number;
  /** How many indexed words (keys) the search matched. */
  keys: number;
}

// Scratch space reused from page to page (ranking visits thousands): a slot per word position for
// `weightedCounts`, belonging to the current page only while its stamp is the page's; a slot per
// matched form on the page; a slot per indexed word of the search.
let stamps = new Int32Array(1024);
let firstTerm = new Int32Array(1024);
let firstEntry = new Int32Array(1024);
let firstWeight = new Int32Array(1024);
let stamp = 0;
let perEntry = new Float64Array(64);
let keyCount = new Float64Array(64);
let keyFirst = new Int32Array(64);
let keyStamps = new Int32Array(64);
let keyStamp = 0;
const keyOrder: number[] = [];

/** Advances a stamp, clearing its slots before it would overflow. */
function nextStamp(value: number, slots: Int32Array): number {
  if (value < 2 ** 31 - 2) return value + 1;
  slots.fill(0);
  return 1;
}

/**
 * Each matched form's weighted count on a page (into `perEntry`), as `groupPositions` credits it (every
 * position's group weight to each of its words), in one pass without sorting: ranking runs this for
 * every matching page. Entries are visited in order, so the first entry of a query word at a position is
 * the one kept, as sorting by (position, entry) keeps it. A position most often holds one query word; one
 * holding several ("two-factor" matched by "two" and "factor") is credited as a group at the end.
 */
function weightedCounts(at: readonly number[], which: readonly number[], n: number, matches: readonly Match[]): void {
  stamp = nextStamp(stamp, stamps);
  perEntry = grown(perEntry, n);
  perEntry.fill(0, 0, n);
  let shared: Map<number, { entries: number[]; weights: number[] }> | undefined;
  for (let e = 0; e < n; e++) {
    const { list, term } = matches[which[e]!]!;
    const locs = list.locs;
    for (let i = list.locStart[at[e]!]!, end = list.locStart[at[e]! + 1]!; i < end; i += 2) {
      const weight = locs[i]!;
      const location = locs[i + 1]!;
      if (location >= stamps.length) {
        stamps = grown(stamps, location + 1);
        firstTerm = grown(firstTerm, location + 1);
        firstEntry = grown(firstEntry, location + 1);
        firstWeight = grown(firstWeight, location + 1);
      }
      if (stamps[location] !== stamp) {
        stamps[location] = stamp;
        firstTerm[location] = term;
        firstEntry[location] = e;
        firstWeight[location] = weight;
        perEntry[e]! += weight;
        continue;
      }
      if (firstTerm[location] === term) continue;
      shared ??= new Map();
      let group = shared.get(location);
      if (!group) {
        group = { entries: [firstEntry[location]!], weights: [firstWeight[location]!] };
        shared.set(location, group);
      }
      if (group.entries.some((other) => matches[which[other]!]!.term === term)) continue;
      group.entries.push(e);
      group.weights.push(weight);
    }
  }
  for (const { entries, weights } of shared?.values() ?? []) {
    // The first entry was credited alone; the group is credited instead.
    perEntry[entries[0]!]! -= weights[0]!;
    const weight = Math.min(255, Math.min(...weights) * entries.length);
    for (const e of entries) perEntry[e]! += weight;
  }
}

/** A page's score from its `n` matched forms (form `e` is page `at[e]` of the list of `matches[which[e]]`). */
function scorePage(context: ScoreContext, page: number, at: readonly number[], which: readonly number[], n: number): number {
  const { index, matches, counts, queryIdf } = context;
  const total = index.meta.pages.length;
  const { wordCount } = index.meta.pages[page]!;
  const k1 = RANKING.termSaturation;
  const b = RANKING.pageLength;
  const lengthNorm = k1 * (1 - b + b * (wordCount / index.meta.averageLength));
  // BM25 of one indexed word from its weighted count on the page (24 = once in normal text).
  const wordScore = (matched: Match, count: number) => {
    const tf = (count / 24) * matched.lengthBonus;
    const bm25 = ((k1 + 1) * tf) / (lengthNorm + tf);
    const raw = Math.min(tf / (index.meta.averageLength / 5), k1 + 1);
    const pagefindTf = (1 - RANKING.termFrequency) * raw + RANKING.termFrequency * bm25;
    return idf(total, counts[matched.term]!) * pagefindTf * matched.diacriticBonus;
  };

  let score = 0;
  if (n === 1) {
    const only = matches[which[0]!]!;
    const start = only.list.locStart[at[0]!]!;
    const end = only.list.locStart[at[0]! + 1]!;
    if (end > start) {
      let count = 0;
      for (let i = start; i < end; i += 2) count += only.list.locs[i]!;
      score = wordScore(only, count);
    }
  } else {
    weightedCounts(at, which, n, matches);
    // Summed by indexed word, in the order of each word's first form on the page, scored as that form.
    keyCount = grown(keyCount, context.keys);
    keyFirst = grown(keyFirst, context.keys);
    keyStamps = grown(keyStamps, context.keys);
    keyStamp = nextStamp(keyStamp, keyStamps);
    keyOrder.length = 0;
    for (let e = 0; e < n; e++) {
      const k = matches[which[e]!]!.keyIndex;
      if (keyStamps[k] !== keyStamp) {
        keyStamps[k] = keyStamp;
        keyCount[k] = 0;
        keyFirst[k] = e;
        keyOrder.push(k);
      }
      keyCount[k]! += perEntry[e]!;
    }
    for (const k of keyOrder) score += wordScore(matches[which[keyFirst[k]!]!]!, keyCount[k]!);
  }

  // Per metadata field, the query words it matched (Pagefind 1.6 counts a query word once per field,
  // however many indexed words it matched there).
  let metaMatches: Map<number, Set<number>> | undefined;
  for (let e = 0; e < n; e++) {
    const { list, term } = matches[which[e]!]!;
    for (let f = list.metaStart[at[e]!]!, end = list.metaStart[at[e]! + 1]!; f < end; f++) {
      const field = list.meta[f]!;
      metaMatches ??= new Map();
      const terms = metaMatches.get(field) ?? new Set<number>();
      terms.add(term);
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
  const pages = new Set(data.pages.pages);
  for (const variant of data.variants) for (const page of variant.pages.pages) pages.add(page);
  return pages.size;
}
