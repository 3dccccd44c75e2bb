/**
 * Pagefind 1.6's search and ranking, over index files read by
 * `pagefind-index.ts`: each query word is stemmed and matches every indexed
 * word it begins; pages must match every query word the index knows; pages
 * are ranked by BM25 over weighted word counts (title and keywords weigh
 * more), with a boost for words in metadata fields. Follows `search_term` and
 * `exact_term` in `pagefind_web/src/search.rs` with Pagefind's default ranking.
 */
import type { IndexMeta, IndexWord, PageWord } from './pagefind-index';
import { stem } from './stem';

/** The loaded part of an index: the page list, the words of the chunks loaded so far, and loaded filters. */
export interface LoadedIndex {
  meta: IndexMeta;
  words: Map<string, IndexWord>;
  /** Filter name → value → pages. */
  filters: Map<string, Map<string, number[]>>;
  /** `words`' keys in order, rebuilt when missing (set it to undefined after adding words). */
  sorted?: string[] | undefined;
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
  locations: WordLocation[];
}

/** Filters as Pagefind takes them: `{ category: "Billing", tag: { all: ["ivr", "sip"] } }`. */
export type FilterSpec = Record<string, string | string[] | { all?: string[]; any?: string[]; none?: string[]; not?: string[] }>;

/**
 * A query as Pagefind's browser code prepares it: lower case, punctuation
 * dropped (so `e-mandate` is `emandate`), accents removed, single spaces.
 */
export function normalizeQuery(text: string): string {
  return text
    .replace(/\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}/gu, '')
    .toLocaleLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
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
 * Returns the matching pages, best first, and how many matched before filtering.
 * A query word the index lacks is left out, unless the index knows none of the words.
 */
export function searchPages(
  index: LoadedIndex,
  query: string,
  filter?: FilterSpec,
): { results: PageMatch[]; unfilteredTotal: number } {
  const originals = query.split(' ').filter(Boolean);
  const terms = originals.map(stem);
  const total = index.meta.pages.length;
  const byPage = new Map<number, Matching[]>();
  const counts: number[] = [];
  const sets: Set<number>[] = [];

  terms.forEach((term, t) => {
    const pages = new Set<number>();
    const extensions = wordExtensions(index, term);
    for (const key of extensions) {
      const data = index.words.get(key)!;
      const bonus = lengthBonus(Math.min(255, Math.abs(utf8Length(key) - utf8Length(term)) + 1));
      const forms: [string, PageWord[]][] = [
        [key, data.pages],
        ...data.variants.map((v) => [v.form, v.pages] as [string, PageWord[]]),
      ];
      for (const [form, list] of forms) {
        const diacriticBonus = diacriticsMatch(originals[t]!, form) ? 1 + RANKING.diacriticSimilarity : 1;
        for (const word of list) {
          pages.add(word.page);
          const entry = { word, key, lengthBonus: bonus, diacriticBonus, term: t };
          const onPage = byPage.get(word.page);
          if (onPage) onPage.push(entry);
          else byPage.set(word.page, [entry]);
        }
      }
    }
    counts.push(pages.size);
    if (extensions.length > 0) sets.push(pages);
  });

  let matched: number[];
  if (sets.length === 0) matched = terms.length > 0 ? [] : [...index.meta.pages.keys()];
  else {
    sets.sort((a, b) => a.size - b.size);
    matched = [...sets[0]!].filter((p) => sets.every((s) => s.has(p)));
  }
  const unfilteredTotal = matched.length;
  const allowed = filterPages(index, filter);
  if (allowed) matched = matched.filter((p) => allowed.has(p));

  const queryIdf = counts.reduce((sum, c) => sum + idf(total, c), 0);
  const results = matched.map((page) => scorePage(index, page, byPage.get(page) ?? [], counts, queryIdf));
  results.sort((a, b) => b.score - a.score);
  return { results, unfilteredTotal };
}

function scorePage(index: LoadedIndex, page: number, words: Matching[], counts: number[], queryIdf: number): PageMatch {
  const total = index.meta.pages.length;
  const positions: { key: string; weight: number; location: number; lengthBonus: number; term: number }[] = [];
  // Per metadata field, the query words it matched (Pagefind 1.6 counts a query word once per field,
  // however many indexed words it matched there).
  const metaMatches = new Map<number, Map<number, number>>();
  for (const w of words) {
    for (let i = 0; i < w.word.locs.length; i += 2)
      positions.push({
        key: w.key,
        weight: w.word.locs[i]!,
        location: w.word.locs[i + 1]!,
        lengthBonus: w.lengthBonus,
        term: w.term,
      });
    for (const field of w.word.metaFields) {
      const fieldWords = metaMatches.get(field) ?? new Map<number, number>();
      fieldWords.set(w.term, idf(total, counts[w.term]!));
      metaMatches.set(field, fieldWords);
    }
  }
  positions.sort((a, b) => a.location - b.location);

  // Words at one position matched by several query words (parts of "e-mandate") count once, boosted.
  const locations: WordLocation[] = [];
  const weighted = new Map<string, number>();
  for (let i = 0; i < positions.length;) {
    let j = i;
    const seen = new Map<number, (typeof positions)[number]>();
    while (j < positions.length && positions[j]!.location === positions[i]!.location) {
      if (!seen.has(positions[j]!.term)) seen.set(positions[j]!.term, positions[j]!);
      j++;
    }
    const group = [...seen.values()];
    const minWeight = Math.min(...group.map((g) => g.weight));
    const weight = group.length > 1 ? Math.min(255, minWeight * group.length) : minWeight;
    for (const g of group) weighted.set(g.key, (weighted.get(g.key) ?? 0) + weight);
    const bonus = group.reduce((sum, g) => sum + g.lengthBonus, 0);
    locations.push({ weight: weight / 24, score: weight ** 2 * bonus, location: positions[i]!.location });
    i = j;
  }

  const { wordCount } = index.meta.pages[page]!;
  const k1 = RANKING.termSaturation;
  const b = RANKING.pageLength;
  let score = 0;
  for (const key of [...weighted.keys()].sort()) {
    const matched = words.find((w) => w.key === key)!;
    const tf = (weighted.get(key)! / 24) * matched.lengthBonus;
    const bm25 = ((k1 + 1) * tf) / (k1 * (1 - b + b * (wordCount / index.meta.averageLength)) + tf);
    const raw = Math.min(tf / (index.meta.averageLength / 5), k1 + 1);
    const pagefindTf = (1 - RANKING.termFrequency) * raw + RANKING.termFrequency * bm25;
    score += idf(total, counts[matched.term]!) * pagefindTf * matched.diacriticBonus;
  }
  for (const [field, fieldWords] of metaMatches) {
    const name = index.meta.metaFields[field];
    if (name === undefined) continue;
    const weight = RANKING.metaWeights.get(name) ?? 1;
    const matchedIdf = [...fieldWords.values()].reduce((sum, v) => sum + v, 0);
    const coverage = matchedIdf / queryIdf;
    if (queryIdf > 0) score += weight * matchedIdf * coverage * coverage;
  }
  return { page, score, locations };
}

/** How many pages hold exactly this word (after stemming), as a quoted one-word Pagefind search counts them. */
export function countPages(index: LoadedIndex, word: string): number {
  const data = index.words.get(stem(normalizeQuery(word)));
  if (!data) return 0;
  return new Set([...data.pages, ...data.variants.flatMap((v) => v.pages)].map((p) => p.page)).size;
}
