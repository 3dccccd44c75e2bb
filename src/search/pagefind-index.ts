/**
 * Reads the files Pagefind writes (`pagefind-entry.json`, `*.pf_meta`,
 * `*.pf_index`, `*.pf_filter`, `*.pf_fragment`) without Pagefind's own
 * browser engine. The layout is Pagefind 1.6's (`pagefind_web/src/metadata.rs`,
 * `index.rs`, `filter_index.rs`): gzip, then the bytes `pagefind_dcd`, then CBOR
 * (JSON for fragments). Any other layout throws a `PagefindFormatError`.
 */
import { grown } from './arrays';
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

/**
 * The pages a word is on, packed in typed arrays: a common word is on thousands of pages, and an
 * object per page would be thousands of objects to allocate and for the garbage collector to trace.
 * Page `i` (of `pages.length`) is page number `pages[i]`; its positions are `locs[locStart[i]]` up to
 * `locs[locStart[i + 1]]`, as pairs of weight (24 = normal text) and word position; the metadata fields
 * it is in (ids into `IndexMeta.metaFields`) are `meta[metaStart[i]]` up to `meta[metaStart[i + 1]]`.
 */
export interface PageList {
  /** Page numbers, ascending. */
  pages: Int32Array;
  locStart: Int32Array;
  locs: Int32Array;
  metaStart: Int32Array;
  meta: Int32Array;
}

/** A word of the index (stemmed) with the pages it is on; `variants` hold spellings with diacritics. */
export interface IndexWord {
  pages: PageList;
  variants: { form: string; pages: PageList }[];
}

/** Page `i` of a list's (weight, position) pairs, flattened. */
export const locsOf = (list: PageList, i: number): Int32Array => list.locs.subarray(list.locStart[i]!, list.locStart[i + 1]!);

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

// Scratch space for `readPages`, grown as needed: each list is then copied out at its exact size.
let locScratch: Int32Array = new Int32Array(4096);
let metaScratch: Int32Array = new Int32Array(256);

/** Reads a word's list of pages: `[[page delta, [locations], [metadata locations]?], …]`. */
function readPages(cursor: CborCursor): PageList {
  const count = cursor.array();
  const pages = new Int32Array(count);
  const locStart = new Int32Array(count + 1);
  const metaStart = new Int32Array(count + 1);
  let locCount = 0;
  let metaCount = 0;
  let page = 0;
  for (let p = 0; p < count; p++) {
    const fields = cursor.array();
    page += cursor.int();
    pages[p] = page;
    locStart[p] = locCount;
    metaStart[p] = metaCount;
    // Negative numbers set the weight of the positions after them; positions are deltas from the last.
    let weight = 24;
    let last = 0;
    for (let n = cursor.array(); n > 0; n--) {
      const value = cursor.int();
      if (value < 0) {
        weight = Math.min(255, -value - 1);
        last = 0;
      } else {
        last += value;
        if (locCount + 2 > locScratch.length) locScratch = grown(locScratch, locCount + 2);
        locScratch[locCount++] = weight;
        locScratch[locCount++] = last;
      }
    }
    // Negative numbers switch the metadata field (field 0 until the first switch); the rest are positions in it.
    if (fields >= 3) {
      let field = 0;
      for (let n = cursor.array(); n > 0; n--) {
        const value = cursor.int();
        if (value < 0) field = -value - 1;
        else if (!metaScratch.subarray(metaStart[p]!, metaCount).includes(field)) {
          if (metaCount + 1 > metaScratch.length) metaScratch = grown(metaScratch, metaCount + 1);
          metaScratch[metaCount++] = field;
        }
      }
    }
    for (let f = 3; f < fields; f++) cursor.skip();
  }
  locStart[count] = locCount;
  metaStart[count] = metaCount;
  return { pages, locStart, locs: locScratch.slice(0, locCount), metaStart, meta: metaScratch.slice(0, metaCount) };
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
