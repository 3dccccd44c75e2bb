import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import * as pagefind from 'pagefind';
import {
  chooseLanguage,
  chunksFor,
  locsOf,
  readChunk,
  readEntry,
  readFilter,
  readMeta,
  unwrap,
} from '../../src/search/pagefind-index';
import { prepareQuery, searchPages, wordExtensions, type LoadedIndex } from '../../src/search/pagefind-search';
import { stemmerFor } from '../../src/search/stem';
import { differentialQueries, generatedPages, hindiPages, realPages, type DifferentialQuery } from './search-differential';

// The site's engine against Pagefind's own (its pagefind.js and WebAssembly, in Chromium) on one index:
// 1,000 generated articles, the real articles of the build and Hindi test pages. Differences are allowed
// only where docs/search.md ("Known differences") lists them, and each listed one is pinned below.

const ARTICLES = 1000;
/** Scores agree to this relative difference: Pagefind ranks in 32-bit floats, the site's engine in 64-bit. */
const TOLERANCE = 1e-4;

interface Ranked {
  total: number;
  top: { id: string; score: number }[];
}

let dir: string;
let server: Server;
let origin: string;
let queries: DifferentialQuery[];
const indexes = new Map<string, LoadedIndex>();
const loaded = new Set<string>();

const bundleFile = (name: string) => unwrap(gunzipSync(readFileSync(join(dir, 'pagefind', name))), name);

/**
 * One language's index as the browser client opens it: the page list and filters, and no word chunks
 * yet. Chunks are loaded per query, as both engines do, so a prefix sees the words of the chunks loaded so far.
 */
function openIndex(lang: string): LoadedIndex {
  const entry = readEntry(JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')));
  const code = chooseLanguage(entry, lang)!;
  const meta = readMeta(bundleFile(`pagefind.${entry.languages[code]!.hash}.pf_meta`));
  const index: LoadedIndex = { meta, words: new Map(), filters: new Map(), stem: stemmerFor(code) };
  for (const hash of meta.filterChunks.values()) {
    const { name, values } = readFilter(bundleFile(`filter/${hash}.pf_filter`));
    index.filters.set(name, values);
  }
  return index;
}

function ours(q: DifferentialQuery): Ranked {
  const index = indexes.get(q.lang)!;
  const { term, original } = prepareQuery(q.query);
  for (const hash of chunksFor(index.meta, term, index.stem!)) {
    if (loaded.has(hash)) continue;
    loaded.add(hash);
    for (const [word, data] of readChunk(bundleFile(`index/${hash}.pf_index`))) index.words.set(word, data);
    index.sorted = undefined;
  }
  const found = searchPages(index, term, q.filters, original);
  return {
    total: found.pages.length,
    top: found.top(10).map((r) => ({ id: index.meta.pages[r.page]!.hash, score: r.score })),
  };
}

/** Why two rankings differ, or '' when they agree: same count, same scores rank by rank, same pages except near-ties. */
function difference(theirs: Ranked, mine: Ranked): string {
  if (theirs.total !== mine.total) return `${theirs.total} pages vs ${mine.total}`;
  const close = (a: number, b: number) => Math.abs(a - b) <= TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
  for (let i = 0; i < theirs.top.length; i++) {
    const [a, b] = [theirs.top[i]!, mine.top[i]!];
    if (!close(a.score, b.score)) return `rank ${i + 1}: score ${a.score} vs ${b.score}`;
    if (a.id !== b.id) {
      // A different page at one rank is a near-tie only if each side scores the other's page the same.
      const other = mine.top.find((m) => m.id === a.id);
      const last = theirs.top.at(-1)!.score;
      if (other ? !close(other.score, a.score) : !close(a.score, last)) return `rank ${i + 1}: ${a.id} vs ${b.id}`;
    }
  }
  return '';
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(join(tmpdir(), 'search-differential-'));
  const generated = generatedPages(ARTICLES);
  const real = realPages('dist');
  const hindi = hindiPages('tests/fixtures/search-hindi');
  queries = differentialQueries(generated.articles, real, hindi);

  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  for (const page of [...generated.pages, ...real, ...hindi]) {
    const added = await index.addHTMLFile({ url: page.url, content: page.html });
    if (added.errors.length) throw new Error(`${page.url}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  await pagefind.close();
  for (const lang of ['en', 'hi']) {
    writeFileSync(
      join(dir, `${lang}.html`),
      `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body></body></html>`,
    );
    indexes.set(lang, openIndex(lang));
  }
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };
  server = createServer((req, res) => {
    const file = normalize(join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Pagefind's own engine, in the browser, on each query of one language. */
async function theirs(page: import('@playwright/test').Page, lang: string, list: DifferentialQuery[]): Promise<Ranked[]> {
  await page.goto(`${origin}/${lang}.html`);
  return page.evaluate(async (list) => {
    const pagefind = await import(`${location.origin}/pagefind/pagefind.js`);
    await pagefind.init();
    const out = [];
    for (const q of list) {
      const { results } = await pagefind.search(q.query, { filters: q.filters ?? {} });
      out.push({
        total: results.length,
        top: results.slice(0, 10).map((r: { id: string; score: number }) => ({ id: r.id, score: r.score })),
      });
    }
    return out;
  }, list);
}

/**
 * The one ranking difference docs/search.md explains ("Known differences"): on a page where a query word
 * matches two indexed words at one position (a hyphenated word is indexed whole and in parts, so "a"
 * matches both "auto" and "autopay" of "auto-pay"), Pagefind credits the position to whichever its
 * unstable sort puts first; the site's engine to the first in alphabetical order. True when some page
 * of either top 10 has such a position for this query.
 */
function compoundCredit(q: DifferentialQuery, pages: string[]): boolean {
  const index = indexes.get(q.lang)!;
  const numbers = new Set(pages.map((hash) => index.meta.pages.findIndex((p) => p.hash === hash)));
  return prepareQuery(q.query)
    .term.split(' ')
    .some((word) => {
      const at = new Map<string, string>();
      for (const key of wordExtensions(index, index.stem!(word)))
        for (const [n, page] of index.words.get(key)!().pages.pages.entries()) {
          if (!numbers.has(page)) continue;
          const locs = locsOf(index.words.get(key)!().pages, n);
          for (let i = 1; i < locs.length; i += 2) {
            const spot = `${page}:${locs[i]}`;
            if (at.has(spot) && at.get(spot) !== key) return true;
            at.set(spot, key);
          }
        }
      return false;
    });
}

test('the site engine ranks as Pagefind 1.6 does: same pages and scores in the top 10, over 300 queries in English and Hindi', async ({
  page,
}) => {
  test.setTimeout(120_000);
  expect(queries.length).toBeGreaterThanOrEqual(300);
  for (const kind of ['word', 'prefix', 'pair', 'phrase', 'hyphenated', 'number', 'filter', 'real', 'hindi'])
    expect(queries.filter((q) => q.kind === kind).length, kind).toBeGreaterThanOrEqual(10);
  expect(indexes.get('en')!.meta.pages.length).toBeGreaterThanOrEqual(ARTICLES);
  expect(indexes.get('hi')!.meta.pages.length).toBeGreaterThan(0);

  const credited: string[] = [];
  const unexpected: string[] = [];
  let nonEmpty = 0;
  for (const lang of ['en', 'hi']) {
    const list = queries.filter((q) => q.lang === lang);
    const results = await theirs(page, lang, list);
    list.forEach((q, i) => {
      const [a, b] = [results[i]!, ours(q)];
      if (a.total > 0) nonEmpty++;
      const why = difference(a, b);
      if (!why) return;
      const label = `${lang} "${q.query}"${q.filters ? ` ${JSON.stringify(q.filters)}` : ''} (${q.kind}): ${why}`;
      // The credit moves a position's weight between two words' length bonuses: a few percent of a score, no more.
      const best = Math.max(a.top[0]?.score ?? 0, b.top[0]?.score ?? 0);
      const near = a.total === b.total && Math.abs((a.top[0]?.score ?? 0) - (b.top[0]?.score ?? 0)) <= 0.1 * best;
      if (
        near &&
        compoundCredit(
          q,
          [...a.top, ...b.top].map((r) => r.id),
        )
      )
        credited.push(label);
      else unexpected.push(label);
    });
  }
  console.log(
    `Search differential: ${queries.length} queries (${nonEmpty} with results); ${credited.length} differ by the compound-word credit:\n  ${credited.join('\n  ')}`,
  );
  expect(unexpected).toEqual([]);
  expect(nonEmpty).toBeGreaterThan(queries.length * 0.8);
  // The exception is real and still exercised: "auto-pay a" is one of its cases.
  expect(credited.some((c) => c.includes('"auto-pay a"'))).toBe(true);
  expect(credited.length).toBeLessThan(queries.length * 0.05);
});

test('the Hindi index keys words without their marks and stemmed (Snowball Hindi), as the engine expects', () => {
  const hindi = indexes.get('hi')!;
  ours({ kind: 'hindi', query: 'भुगतान रसीद', lang: 'hi' });
  expect(hindi.words.has('भगतन')).toBe(true);
  expect(hindi.words.has('रसद')).toBe(true);
  const forms = hindi.words.get('भगतन')!().variants.map((v) => v.form);
  expect(forms).toContain('भुगतान');
  expect(readdirSync(join(dir, 'pagefind', 'index')).some((f) => f.startsWith('hi_'))).toBe(true);
});
