/**
 * Reads the files Pagefind writes (`pagefind-entry.json`, `*.pf_meta`,
 * `*.pf_index`, `*.pf_filter`, `*.pf_fragment`) without Pagefind's own
 * browser engine. The layout is Pagefind 1.6's (`pagefind_web/src/metadata.rs`,
 * `index.rs`, `filter_index.rs`): gzip, then the bytes `pagefind_dcd`, then CBOR
 * (JSON for fragments). Any other layout throws a `PagefindFormatError`.
 */
import { CborCursor, decodeCbor, type CborValue } from './cbor';

/** The Pagefind version whose file layout this reader follows; package.json pins the indexer to it. */
export const PAGEFIND_VERSION = '1.6.0';

/** A file that is not laid out as this reader expects: usually Pagefind was upgraded without this reader. */
export class PagefindFormatError extends Error {
  constructor(file: string, problem: string) {
    super(
      `Search index ${file}: ${problem}. The site's search reads Pagefind ${PAGEFIND_VERSION}'s file layout ` +
        `(src/search/pagefind-index.ts); if Pagefind was upgraded, pin it back in package.json, or follow docs/search.md "Upgrading Pagefind".`,
    );
    this.name = 'PagefindFormatError';
  }
}

/** `pagefind-entry.json`: which version wrote the index and where each language's page list is. */
export interface PagefindEntry {
  version: string;
  languages: Record<string, { hash: string; wasm?: string; page_count: number }>;
}

/** A page of the index: the name of its fragment file and how many words it has. */
export interface IndexPage {
  hash: string;
  wordCount: number;
}

/** A range of (stemmed) words and the chunk file that holds them. */
export interface IndexChunkRef {
  from: string;
  to: string;
  hash: string;
}

/** The page list (`*.pf_meta`): pages, word chunks, filter files and the metadata fields words can match in. */
export interface IndexMeta {
  version: string;
  pages: IndexPage[];
  averageLength: number;
  chunks: IndexChunkRef[];
  /** Filter name → its `*.pf_filter` file. */
  filterChunks: Map<string, string>;
  /** Metadata field names, by the field ids that word entries use. */
  metaFields: string[];
}

/** Where a word occurs on one page. */
export interface PageWord {
  page: number;
  /** Pairs of weight (24 = normal text) and word position, flattened: `[w0, p0, w1, p1, …]`. */
  locs: number[];
  /** Metadata fields the word occurs in (ids into `IndexMeta.metaFields`). */
  metaFields: number[];
}

/** A word of the index (stemmed) with the pages it is on; `variants` hold spellings with diacritics. */
export interface IndexWord {
  pages: PageWord[];
  variants: { form: string; pages: PageWord[] }[];
}

const SIGNATURE = 'pagefind_dcd';

/** True when `bytes` start with Pagefind's signature, i.e. they are gunzipped already (by the server or the caller). */
export function isGunzipped(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, SIGNATURE.length)) === SIGNATURE;
}

/** The bytes after Pagefind's `pagefind_dcd` signature, of a file that is already gunzipped. */
export function unwrap(bytes: Uint8Array, file: string): Uint8Array {
  if (!isGunzipped(bytes)) throw new PagefindFormatError(file, `expected the signature "${SIGNATURE}" after gunzip`);
  return bytes.subarray(SIGNATURE.length);
}

/**
 * The index language for a page's `lang` (e.g. `en-IN`): the exact code, then its base language,
 * then English, then the language with most pages; as Pagefind's own engine chooses.
 */
export function chooseLanguage(entry: PagefindEntry, lang: string | undefined): string | undefined {
  const codes = Object.keys(entry.languages);
  const wanted = (lang ?? '').toLowerCase();
  return (
    codes.find((c) => c.toLowerCase() === wanted) ??
    codes.find((c) => c.toLowerCase() === wanted.split('-')[0]) ??
    codes.find((c) => c === 'en') ??
    codes.sort((a, b) => entry.languages[b]!.page_count - entry.languages[a]!.page_count)[0]
  );
}

function cbor(bytes: Uint8Array, file: string): CborValue[] {
  let value: CborValue;
  try {
    value = decodeCbor(bytes);
  } catch (error) {
    throw new PagefindFormatError(file, (error as Error).message);
  }
  if (!Array.isArray(value)) throw new PagefindFormatError(file, `expected a CBOR array at the top, got ${typeof value}`);
  return value;
}

function check(ok: boolean, file: string, what: string): asserts ok {
  if (!ok) throw new PagefindFormatError(file, what);
}

const isArray: (v: unknown) => v is CborValue[] = Array.isArray;

/** Checks the entry file: the index must come from the Pagefind version this reader follows. */
export function readEntry(json: unknown, file = 'pagefind-entry.json'): PagefindEntry {
  const entry = json as PagefindEntry;
  check(typeof entry?.version === 'string' && typeof entry.languages === 'object', file, 'expected { version, languages }');
  check(
    entry.version === PAGEFIND_VERSION,
    file,
    `written by Pagefind ${entry.version}, but this reader follows ${PAGEFIND_VERSION}`,
  );
  return entry;
}

/** Decodes a page list (`*.pf_meta`, after `unwrap`). */
export function readMeta(bytes: Uint8Array, file = 'pf_meta'): IndexMeta {
  const [version, pages, chunks, filters, , metaFields] = cbor(bytes, file);
  check(
    typeof version === 'string' && isArray(pages) && isArray(chunks) && isArray(filters),
    file,
    'expected [version, pages, chunks, filters, sorts, fields]',
  );
  check(
    version === PAGEFIND_VERSION,
    file,
    `written by Pagefind ${String(version)}, but this reader follows ${PAGEFIND_VERSION}`,
  );
  const list = (pages as CborValue[]).map((p) => {
    check(
      isArray(p) && typeof p[0] === 'string' && typeof p[1] === 'number',
      file,
      'expected each page as [hash, word count, …]',
    );
    const [hash, wordCount] = p as [string, number];
    return { hash, wordCount };
  });
  return {
    version: version as string,
    pages: list,
    averageLength: list.length ? list.reduce((n, p) => n + p.wordCount, 0) / list.length : 0,
    chunks: (chunks as CborValue[]).map((c) => {
      check(
        isArray(c) && c.length >= 3 && c.slice(0, 3).every((s) => typeof s === 'string'),
        file,
        'expected each chunk as [from, to, hash]',
      );
      const [from, to, hash] = c as [string, string, string];
      return { from, to, hash };
    }),
    filterChunks: new Map(
      (filters as CborValue[]).map((f) => {
        check(isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string', file, 'expected each filter as [name, hash]');
        return [f[0], f[1]] as [string, string];
      }),
    ),
    metaFields: isArray(metaFields) ? metaFields.map(String) : [],
  };
}

/** Reads a word's list of pages: `[[page delta, [locations], [metadata locations]?], …]`. */
function readPages(cursor: CborCursor): PageWord[] {
  const count = cursor.array();
  const pages: PageWord[] = new Array(count);
  let page = 0;
  for (let p = 0; p < count; p++) {
    const fields = cursor.array();
    page += cursor.int();
    // Negative numbers set the weight of the positions after them; positions are deltas from the last.
    const locs: number[] = [];
    let weight = 24;
    let last = 0;
    for (let n = cursor.array(); n > 0; n--) {
      const value = cursor.int();
      if (value < 0) {
        weight = Math.min(255, -value - 1);
        last = 0;
      } else {
        last += value;
        locs.push(weight, last);
      }
    }
    // Negative numbers switch the metadata field (field 0 until the first switch); the rest are positions in it.
    const metaFields: number[] = [];
    if (fields >= 3) {
      let field = 0;
      for (let n = cursor.array(); n > 0; n--) {
        const value = cursor.int();
        if (value < 0) field = -value - 1;
        else if (!metaFields.includes(field)) metaFields.push(field);
      }
    }
    for (let f = 3; f < fields; f++) cursor.skip();
    pages[p] = { page, locs, metaFields };
  }
  return pages;
}

/** A word of a chunk, decoded on first use. */
export type LazyWord = () => IndexWord;

/**
 * Lists the words of a chunk (`*.pf_index`, after `unwrap`), keyed by the
 * stemmed word. A chunk holds thousands of words and a search needs a few, so
 * each word's pages are decoded only when asked for.
 */
export function readChunk(bytes: Uint8Array, file = 'pf_index'): Map<string, LazyWord> {
  const out = new Map<string, LazyWord>();
  try {
    const cursor = new CborCursor(bytes);
    cursor.array();
    const count = cursor.array();
    for (let i = 0; i < count; i++) {
      const fields = cursor.array();
      const word = cursor.text();
      const start = cursor.at;
      for (let f = 1; f < fields; f++) cursor.skip();
      let decoded: IndexWord | undefined;
      out.set(word, () => (decoded ??= decodeWord(bytes, start, fields, file)));
    }
  } catch (error) {
    if (error instanceof PagefindFormatError) throw error;
    throw new PagefindFormatError(file, `expected [[word, pages, variants], …] (${(error as Error).message})`);
  }
  return out;
}

function decodeWord(bytes: Uint8Array, start: number, fields: number, file: string): IndexWord {
  try {
    const cursor = new CborCursor(bytes);
    cursor.at = start;
    const pages = readPages(cursor);
    const variants: IndexWord['variants'] = [];
    if (fields >= 3) {
      for (let n = cursor.array(); n > 0; n--) {
        const parts = cursor.array();
        const form = cursor.text();
        variants.push({ form, pages: readPages(cursor) });
        for (let f = 2; f < parts; f++) cursor.skip();
      }
    }
    return { pages, variants };
  } catch (error) {
    throw new PagefindFormatError(file, `expected each word as [word, pages, variants] (${(error as Error).message})`);
  }
}

/** Decodes a filter file (`*.pf_filter`, after `unwrap`): its name and the pages of each value. */
export function readFilter(bytes: Uint8Array, file = 'pf_filter'): { name: string; values: Map<string, number[]> } {
  const [name, values] = cbor(bytes, file);
  check(typeof name === 'string' && isArray(values), file, 'expected [name, [[value, pages]]]');
  return {
    name: name as string,
    values: new Map(
      (values as CborValue[]).map((v) => {
        check(isArray(v) && typeof v[0] === 'string' && isArray(v[1]), file, 'expected each value as [value, pages]');
        return [v[0] as string, v[1] as number[]];
      }),
    ),
  };
}

/** A page's stored text and data (`*.pf_fragment`, after `unwrap`, as JSON). */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; text: string; location: number }[];
}

/** Parses a fragment and checks the fields search uses. */
export function readFragment(bytes: Uint8Array, file = 'pf_fragment'): Fragment {
  let data: Fragment;
  try {
    data = JSON.parse(new TextDecoder().decode(bytes)) as Fragment;
  } catch (error) {
    throw new PagefindFormatError(file, `not JSON (${(error as Error).message})`);
  }
  check(typeof data?.url === 'string' && typeof data.content === 'string', file, 'expected { url, content, … }');
  return { ...data, filters: data.filters ?? {}, meta: data.meta ?? {}, anchors: data.anchors ?? [] };
}

/**
 * The chunk files to load for a query (normalised words separated by spaces),
 * as Pagefind picks them: each word and its stem inside a chunk's range, or
 * failing that, chunks whose range could hold words starting with it.
 */
export function chunksFor(meta: IndexMeta, query: string, stem: (word: string) => string): string[] {
  const needed = new Set<string>();
  for (const raw of query.split(' ').filter(Boolean)) {
    for (const term of new Set([raw, stem(raw)])) {
      const strict = meta.chunks.filter((c) => term >= c.from && term <= c.to);
      const chosen = strict.length
        ? strict
        : meta.chunks.filter((c) => {
            const chars = [...term];
            const pre = chars.slice(0, [...c.from].length).join('');
            const post = chars.slice(0, [...c.to].length).join('');
            return pre >= [...c.from].slice(0, chars.length).join('') && post <= [...c.to].slice(0, chars.length).join('');
          });
      for (const c of chosen) needed.add(c.hash);
    }
  }
  return [...needed].sort();
}
