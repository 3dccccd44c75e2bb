import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import words from 'an-array-of-english-words' with { type: 'json' };
import * as pagefind from 'pagefind';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VOCABULARY } from '../../../scripts/bench/generate.mjs';
import { locsOf, readChunk, readFragment, readMeta, unwrap } from '../../../src/search/pagefind-index';
import { prepareQuery } from '../../../src/search/pagefind-search';
import { stemmerFor } from '../../../src/search/stem';

// The stemmers checked against Pagefind itself: each word is indexed by the installed Pagefind at a known
// position, and the index key at that position is what Pagefind made of the word.
const RECORD = 2000;

const english = [
  ...new Set([
    // Every word of the real articles and of the generated corpus…
    ...readdirSync('content/articles')
      .filter((f) => f.endsWith('.mdx'))
      .flatMap(
        (f) =>
          readFileSync(`content/articles/${f}`, 'utf8')
            .toLowerCase()
            .match(/[a-z]+/g) ?? [],
      ),
    ...VOCABULARY.join(' ')
      .toLowerCase()
      .split(/[^a-z]+/),
    // …and the whole of a maintained English word list (275,000 words).
    ...(words as string[]),
  ]),
].filter((w) => /^[a-z]+$/.test(w));
const hindi = [
  ...new Set(
    readdirSync('tests/fixtures/search-hindi').flatMap(
      (f) => readFileSync(`tests/fixtures/search-hindi/${f}`, 'utf8').match(/[\p{Script=Devanagari}\p{M}]+/gu) ?? [],
    ),
  ),
]
  // Pagefind keys a word without its marks; a danda (।) is punctuation, not part of a word.
  .map((w) => w.replace(/[।॥]/g, ''))
  .filter((w) => prepareQuery(w).term.length > 0);

/** Pagefind's key for each word: index the words in records of `RECORD` and read the key at each position. */
async function pagefindKeys(list: string[], language: string): Promise<Map<string, string>> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; '));
  const records: string[][] = [];
  for (let i = 0; i < list.length; i += RECORD) records.push(list.slice(i, i + RECORD));
  for (const [r, record] of records.entries())
    await index.addCustomRecord({ url: `/r/${r}/`, content: record.join(' '), language });
  const { files } = await index.getFiles();
  await index.deleteIndex();
  const read = (path: string) => unwrap(gunzipSync(files.find((f) => f.path === path)!.content), path);
  const metaPath = files.find((f) => f.path.endsWith('.pf_meta'))!.path;
  // Page number → record, from each page's fragment (its URL names the record).
  const recordOf = readMeta(read(metaPath), metaPath).pages.map((p) => {
    const url = readFragment(read(`fragment/${p.hash}.pf_fragment`)).url;
    return records[Number(/\/r\/(\d+)\//.exec(url)![1])]!;
  });
  const keys = new Map<string, string>();
  for (const file of files.filter((f) => f.path.endsWith('.pf_index')))
    for (const [key, word] of readChunk(read(file.path)))
      for (const list of [word().pages, ...word().variants.map((v) => v.pages)])
        list.pages.forEach((page, n) => {
          const locs = locsOf(list, n);
          for (let i = 1; i < locs.length; i += 2) keys.set(recordOf[page]![locs[i]!]!, key);
        });
  return keys;
}

let englishKeys: Map<string, string>;
let hindiKeys: Map<string, string>;

beforeAll(async () => {
  englishKeys = await pagefindKeys(english, 'en');
  hindiKeys = await pagefindKeys(hindi, 'hi');
}, 120_000);
afterAll(() => pagefind.close());

describe('stemming, checked against the installed Pagefind', () => {
  it('stems every English word of the articles, the generated corpus and a 275,000-word list as Pagefind does', () => {
    expect(english.length).toBeGreaterThan(250_000);
    expect(englishKeys.size).toBe(english.length);
    const stem = stemmerFor('en');
    const wrong = english.filter((w) => stem(w) !== englishKeys.get(w)).map((w) => `${w}: ${stem(w)} vs ${englishKeys.get(w)}`);
    expect(wrong.slice(0, 20), `${wrong.length} words stemmed differently from Pagefind (src/search/stem.ts)`).toEqual([]);
    // 275,000 words take about 2 s alone, and several times that on a busy shared machine.
  }, 60_000);

  it('stems Hindi words as Pagefind does: marks removed, then Snowball Hindi', () => {
    expect(hindi.length).toBeGreaterThan(100);
    const stem = stemmerFor('hi');
    const wrong = hindi
      .filter((w) => stem(prepareQuery(w).term) !== hindiKeys.get(w))
      .map((w) => `${w}: ${stem(prepareQuery(w).term)} vs ${hindiKeys.get(w)}`);
    expect(wrong, 'Hindi words stemmed differently from Pagefind (stemHindi in src/search/stem.ts)').toEqual([]);
  });

  it('refuses a language whose word rules are not ported, saying where to port them', () => {
    expect(() => stemmerFor('fr')).toThrow(/"fr".*stems.*src\/search\/stem\.ts/);
    expect(() => stemmerFor('ja')).toThrow(/segments/);
    expect(() => stemmerFor('pt-BR')).toThrow(/"pt-BR"/);
    expect(stemmerFor('xx')('words')).toBe('words');
  });
});
