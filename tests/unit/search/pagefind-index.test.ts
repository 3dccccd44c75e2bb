import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PAGEFIND_VERSION,
  PagefindFormatError,
  chooseLanguage,
  chunksFor,
  locsOf,
  readChunk,
  readEntry,
  readFilter,
  readFragment,
  readMeta,
  unwrap,
  type IndexMeta,
} from '../../../src/search/pagefind-index';
import { countPages, normalizeQuery, searchPages, type LoadedIndex } from '../../../src/search/pagefind-search';
import { stem } from '../../../src/search/stem';

// These tests run the real Pagefind indexer, so an upgrade that changes its files fails here first.
const page = (title: string, keywords: string, body: string, category: string, tags: string[]) => `<!doctype html>
<html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body>
<h1>${title}</h1>
<span data-pagefind-meta="quickAnswer" hidden>Answer for ${title}</span>
<span data-pagefind-filter="category" hidden>${category}</span>
${tags.map((t) => `<span data-pagefind-filter="tag" hidden>${t}</span>`).join('')}
<p data-pagefind-weight="7">${keywords}</p>
<h2 id="steps">Steps</h2><p>${body}</p>
</main></body></html>`;

const PAGES = [
  page('Set up auto-pay', 'auto-pay. e-mandate', 'Add a card and approve the e-mandate for recurring payments.', 'Billing', [
    'auto-pay',
    'billing',
  ]),
  page('Download invoices', 'invoice. receipt', 'Every payment has a receipt; invoices are emailed monthly.', 'Billing', [
    'billing',
  ]),
  page('Publish an IVR', 'ivr. call flow', 'Design the call flow, then publish it. Payments are not needed.', 'Call flows', [
    'ivr',
  ]),
];
const WORDS =
  'payments recurring receipts invoices emailed monthly approving approved generously communication relational hopeful happiness crying dying ' +
  'skies news only yesterday beneficiaries notifications escalation firewall whitelisting configured configuring hopping hoping filing ponies caresses';

let files: Map<string, Uint8Array>;
let stemFiles: Map<string, Uint8Array>;

async function indexOf(add: (index: pagefind.PagefindIndex) => Promise<unknown>): Promise<Map<string, Uint8Array>> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('; '));
  await add(index);
  const written = await index.getFiles();
  const out = new Map<string, Uint8Array>();
  for (const file of written.files) out.set(file.path, file.content);
  await index.deleteIndex();
  return out;
}

beforeAll(async () => {
  files = await indexOf((index) =>
    Promise.all(PAGES.map((content, i) => index.addHTMLFile({ url: `/articles/page-${i}/`, content }))),
  );
  stemFiles = await indexOf((index) =>
    Promise.all(WORDS.split(' ').map((word, i) => index.addCustomRecord({ url: `/w/${i}/`, content: word, language: 'en' }))),
  );
}, 60_000);
afterAll(() => pagefind.close());

function read(from: Map<string, Uint8Array>, pattern: RegExp): [string, Uint8Array][] {
  return [...from].filter(([path]) => pattern.test(path)).map(([path, bytes]) => [path, unwrap(gunzipSync(bytes), path)]);
}

function load(from: Map<string, Uint8Array>): LoadedIndex {
  const [[metaPath, metaBytes]] = read(from, /\.pf_meta$/) as [[string, Uint8Array]];
  const meta: IndexMeta = readMeta(metaBytes, metaPath);
  const index: LoadedIndex = { meta, words: new Map(), filters: new Map() };
  for (const [path, bytes] of read(from, /\.pf_index$/))
    for (const [word, data] of readChunk(bytes, path)) index.words.set(word, data);
  for (const [path, bytes] of read(from, /\.pf_filter$/)) {
    const { name, values } = readFilter(bytes, path);
    index.filters.set(name, values);
  }
  return index;
}

const urlOf = (from: Map<string, Uint8Array>, index: LoadedIndex, pageNumber: number) => {
  const { hash } = index.meta.pages[pageNumber]!;
  const [[path, bytes]] = read(from, new RegExp(`${hash}\\.pf_fragment$`)) as [[string, Uint8Array]];
  return readFragment(bytes, path).url;
};

describe('the Pagefind index as this site reads it', () => {
  it('comes from the Pagefind version package.json pins exactly', () => {
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { devDependencies: Record<string, string> })
      .devDependencies['pagefind'];
    expect(
      pinned,
      `package.json must pin "pagefind": "${PAGEFIND_VERSION}" exactly: the site's search reads that version's index files (src/search/pagefind-index.ts)`,
    ).toBe(PAGEFIND_VERSION);
    const [[, entry]] = [...files].filter(([path]) => path.endsWith('pagefind-entry.json')) as [[string, Uint8Array]];
    expect(readEntry(JSON.parse(new TextDecoder().decode(entry))).version).toBe(PAGEFIND_VERSION);
  });

  it('decodes the page list, word chunks, filters and fragments Pagefind writes', () => {
    const index = load(files);
    expect(index.meta.pages).toHaveLength(3);
    expect(index.meta.metaFields).toEqual(expect.arrayContaining(['title', 'quickAnswer']));
    expect(index.meta.chunks.length).toBeGreaterThan(0);
    expect([...index.filters.get('category')!.keys()]).toEqual(['Billing', 'Call flows']);
    expect(index.filters.get('tag')!.get('billing')).toHaveLength(2);
    const ivr = index.words.get('ivr')!();
    expect(ivr.pages.pages).toHaveLength(1);
    expect(locsOf(ivr.pages, 0).length).toBeGreaterThan(0);
    const [[path, bytes]] = read(files, /\.pf_fragment$/) as [[string, Uint8Array]];
    const fragment = readFragment(bytes, path);
    expect(fragment.url).toMatch(/^\/articles\/page-\d\/$/);
    expect(fragment.meta['quickAnswer']).toMatch(/^Answer for /);
    expect(fragment.anchors.map((a) => a.id)).toContain('steps');
  });

  it('finds every word under the stem Pagefind gave it', () => {
    const index = load(stemFiles);
    const wrong = WORDS.split(' ').filter((word) => !index.words.has(stem(word)));
    expect(wrong, 'these words are stemmed differently from Pagefind (src/search/stem.ts)').toEqual([]);
  });

  it('ranks title and keyword matches first, matches word beginnings and applies filters', () => {
    const index = load(files);
    const urls = (query: string, filter?: Parameters<typeof searchPages>[2]) =>
      searchPages(index, normalizeQuery(query), filter)
        .top()
        .map((r) => urlOf(files, index, r.page));
    expect(urls('payments')).toHaveLength(3);
    expect(urls('payments publish')).toEqual(['/articles/page-2/']);
    expect(urls('receipt')[0]).toBe('/articles/page-1/');
    expect(urls('call flow')[0]).toBe('/articles/page-2/');
    expect(urls('pay')).toHaveLength(3);
    expect(urls('e-mandate')).toEqual(['/articles/page-0/']);
    expect(urls('payments', { category: 'Call flows' })).toEqual(['/articles/page-2/']);
    expect(urls('payments', { tag: { all: ['billing', 'auto-pay'] } })).toEqual(['/articles/page-0/']);
    expect(urls('ivr qwxzv')).toEqual(['/articles/page-2/']);
    expect(urls('qwxzv')).toEqual([]);
    expect(countPages(index, 'payment')).toBe(3);
    expect(countPages(index, 'publ')).toBe(0);
  });

  it('picks the word chunks a query needs from the page list', () => {
    const index = load(files);
    expect(chunksFor(index.meta, 'payments ivr', stem)).toEqual([...new Set(index.meta.chunks.map((c) => c.hash))].sort());
  });

  it('fails with a message naming the file and the fix when the layout is not Pagefind 1.6’s', () => {
    expect(() => unwrap(new TextEncoder().encode('{"not":"pagefind"}'), 'pagefind/x.pf_meta')).toThrow(PagefindFormatError);
    expect(() => readEntry({ version: '2.0.0', languages: {} })).toThrowErrorMatchingInlineSnapshot(
      `[PagefindFormatError: Search index pagefind-entry.json: written by Pagefind 2.0.0, but this reader follows 1.6.0. The site's search reads Pagefind 1.6.0's file layout (src/search/pagefind-index.ts); if Pagefind was upgraded, pin it back in package.json, or follow docs/search.md "Upgrading Pagefind".]`,
    );
  });
});

describe('chooseLanguage', () => {
  const entry = {
    version: PAGEFIND_VERSION,
    languages: { en: { hash: 'a', page_count: 10 }, hi: { hash: 'b', page_count: 3 }, fr: { hash: 'c', page_count: 30 } },
  };
  it("opens the index of the page's language, then its base language, then English", () => {
    expect(chooseLanguage(entry, 'hi')).toBe('hi');
    expect(chooseLanguage(entry, 'hi-IN')).toBe('hi');
    expect(chooseLanguage(entry, 'EN')).toBe('en');
    expect(chooseLanguage(entry, 'ta')).toBe('en');
    expect(chooseLanguage({ ...entry, languages: { fr: entry.languages.fr, hi: entry.languages.hi } }, undefined)).toBe('fr');
  });
});
