/**
 * Reads the Pagefind index in the browser without Pagefind's engine (a 60 KB
 * WebAssembly file and 13 KB of JavaScript): fetches the page list once, then
 * only the word chunks, filter files and result fragments a search needs, and
 * gunzips them with the browser's own `DecompressionStream`.
 */
import { buildExcerpt, type ExcerptPart } from '../../search/excerpt';
import {
  chooseLanguage,
  chunksFor,
  isGunzipped,
  readChunk,
  readEntry,
  readFilter,
  readFragment,
  readMeta,
  unwrap,
  type Fragment,
} from '../../search/pagefind-index';
import {
  countPages,
  normalizeQuery,
  prepareQuery,
  searchPages,
  type FilterSpec,
  type LoadedIndex,
  type WordLocation,
} from '../../search/pagefind-search';
import { stemmerFor } from '../../search/stem';

/** A result's page data: its fragment plus the matched word positions and an excerpt around them. */
export interface ResultData extends Fragment {
  locations: number[];
  excerpt: ExcerptPart[];
}

/** A page a search found; `data()` downloads its fragment, `preload()` only starts downloading it. */
export interface PagefindResult {
  id: string;
  data(): Promise<ResultData>;
  preload(): void;
}

/**
 * What a search found: page numbers and scores in typed arrays, since a common word finds thousands of
 * pages and only the few shown become results (`top`, `result`).
 */
export interface PagefindResults {
  /** Page numbers in the index, in the order found. */
  pages: Int32Array;
  /** Their scores, aligned with `pages`. */
  scores: Float64Array;
  /** The first `limit` results (all by default), best first. */
  top(limit?: number): PagefindResult[];
  /** One of `pages` as a result. */
  result(page: number): PagefindResult;
}

/** The index of one site, loaded piece by piece as searches need it. */
export interface PagefindClient {
  /** Searches; every word of `query` matches the indexed words it begins. */
  search(query: string, filters?: FilterSpec): Promise<PagefindResults>;
  /** A page's id (its fragment's hash), by page number: ties in a ranking are broken by it. */
  idOf(page: number): string;
  /** How many pages hold exactly this word (after stemming). */
  count(word: string): Promise<number>;
  /** Every filter with the number of pages of each value. */
  filters(): Promise<Record<string, Record<string, number>>>;
  /** How many pages the index holds. */
  pageCount: number;
}

const NOTHING: PagefindResults = {
  pages: new Int32Array(0),
  scores: new Float64Array(0),
  top: () => [],
  result: () => {
    throw new Error('Search: no page was found');
  },
};

/** A Pagefind file's bytes after its signature, gunzipped unless the server already did. */
async function download(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Search: could not load ${url} (HTTP ${response.status})`);
  let bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGunzipped(bytes)) {
    const gunzip = new DecompressionStream('gzip');
    const writer = gunzip.writable.getWriter();
    void writer.write(bytes);
    void writer.close();
    bytes = new Uint8Array(await new Response(gunzip.readable).arrayBuffer());
  }
  return unwrap(bytes, url);
}

/**
 * Opens the index under `bundle` (e.g. `/pagefind/`) in the language of `lang` (the page's `lang`,
 * see `chooseLanguage`), with that language's word rules; result URLs are made absolute with `baseUrl`.
 */
export async function openPagefind(options: {
  bundle: string;
  baseUrl: string;
  excerptLength: number;
  lang?: string | undefined;
}): Promise<PagefindClient> {
  const { bundle, baseUrl, excerptLength } = options;
  // Fresh every time, as Pagefind does, so a new build's page list is never mixed with an old one's.
  const entryResponse = await fetch(`${bundle}pagefind-entry.json?ts=${Date.now()}`);
  if (!entryResponse.ok) throw new Error(`Search: could not load ${bundle}pagefind-entry.json (HTTP ${entryResponse.status})`);
  const entry = readEntry(await entryResponse.json());
  const code = chooseLanguage(entry, options.lang);
  if (code === undefined) throw new Error('Search: the index has no pages');
  const stem = stemmerFor(code);
  const metaUrl = `${bundle}pagefind.${entry.languages[code]!.hash}.pf_meta`;
  const meta = readMeta(await download(metaUrl), metaUrl);
  const index: LoadedIndex = { meta, words: new Map(), filters: new Map(), stem };
  const chunks = new Map<string, Promise<void>>();
  const filterFiles = new Map<string, Promise<void>>();
  const fragments = new Map<string, Promise<Fragment>>();

  const loadChunk = (hash: string) => {
    let loading = chunks.get(hash);
    if (!loading) {
      const url = `${bundle}index/${hash}.pf_index`;
      loading = download(url).then((bytes) => {
        for (const [word, data] of readChunk(bytes, url)) index.words.set(word, data);
        index.sorted = undefined;
      });
      chunks.set(hash, loading);
    }
    return loading;
  };
  const loadFilter = (hash: string) => {
    let loading = filterFiles.get(hash);
    if (!loading) {
      const url = `${bundle}filter/${hash}.pf_filter`;
      loading = download(url).then((bytes) => {
        const { name, values } = readFilter(bytes, url);
        index.filters.set(name, values);
      });
      filterFiles.set(hash, loading);
    }
    return loading;
  };
  const loadFragment = (hash: string) => {
    let loading = fragments.get(hash);
    if (!loading) {
      const url = `${bundle}fragment/${hash}.pf_fragment`;
      loading = download(url).then((bytes) => readFragment(bytes, url));
      fragments.set(hash, loading);
    }
    return loading;
  };
  const fullUrl = (raw: string) =>
    /^(https?:)?\/\//.test(raw) ? raw : `${baseUrl}/${raw}`.replace(/\/+/g, '/').replace(/^(https?:\/)/, '$1/');
  const data = async (hash: string, locations: WordLocation[]): Promise<ResultData> => {
    const fragment = await loadFragment(hash);
    return {
      ...fragment,
      url: fullUrl(fragment.url),
      locations: locations.map((l) => l.location),
      excerpt: buildExcerpt(fragment.content, locations, excerptLength),
    };
  };

  return {
    pageCount: meta.pages.length,
    async search(query, filters) {
      const { term, original } = prepareQuery(query);
      if (!term) return NOTHING;
      const names = Object.keys(filters ?? {});
      await Promise.all([
        ...chunksFor(meta, term, stem).map(loadChunk),
        ...names.flatMap((name) => {
          const hash = meta.filterChunks.get(name);
          return hash ? [loadFilter(hash)] : [];
        }),
      ]);
      const found = searchPages(index, term, filters, original);
      const result = (page: number): PagefindResult => {
        const { hash } = meta.pages[page]!;
        return {
          id: hash,
          data: () => data(hash, found.locations(page)),
          preload: () => void loadFragment(hash),
        };
      };
      return {
        pages: found.pages,
        scores: found.scores,
        top: (limit) => found.top(limit).map(({ page }) => result(page)),
        result,
      };
    },
    idOf: (page) => meta.pages[page]!.hash,
    async count(word) {
      const term = normalizeQuery(word);
      await Promise.all(chunksFor(meta, term, stem).map(loadChunk));
      return countPages(index, term);
    },
    async filters() {
      await Promise.all([...meta.filterChunks.values()].map(loadFilter));
      const all: Record<string, Record<string, number>> = {};
      for (const [name, values] of index.filters)
        all[name] = Object.fromEntries([...values].map(([value, pages]) => [value, pages.length]));
      return all;
    },
  };
}
