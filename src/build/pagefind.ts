import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { cacheDir } from './cache';
import { codeDigest } from './source-digest';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { formatReport } from '../lint/problems';
import * as pagefind from 'pagefind';
import { createRequire } from 'node:module';
import { encodeVocabulary, rankVocabulary, shardWords, type WordShards } from '../search/correct';
import { readFragment, unwrap } from '../search/pagefind-index';
import { checkSynonyms, pruneSynonyms, synonymTable, type SynonymGroups } from '../search/synonyms';
import { HINGLISH, STOPWORDS, words } from '../search/words';

/** Most words kept for typo correction: about 15 KB gzipped, whatever the size of the site. */
export const VOCABULARY_CAP = 4000;

/**
 * The words of the languages customers write in: a maintained English word list (`an-array-of-english-words`,
 * 275,000 words) and the Hinglish words of `HINGLISH`. Typo correction never changes one of them.
 */
export async function languageWords(): Promise<string[]> {
  const file = createRequire(import.meta.url).resolve('an-array-of-english-words');
  return [...(JSON.parse(await readFile(file, 'utf8')) as string[]), ...HINGLISH];
}

/**
 * The language word list in shards (`shardWords(languageWords())`), kept in the build cache: the same
 * for every build until the word list, `HINGLISH` or the shard code changes (the key is their code and
 * `package-lock.json`), and a tenth of a second to work out again.
 */
export async function languageShards(cache: string = cacheDir): Promise<WordShards> {
  const key = codeDigest(process.cwd(), ['src/search/correct.ts', 'src/search/words.ts']).slice(0, 16);
  const file = join(cache, `helpcenter-words-${key}.json`);
  try {
    return JSON.parse(await readFile(file, 'utf8')) as WordShards;
  } catch {
    const shards = shardWords(await languageWords());
    await mkdir(cache, { recursive: true });
    for (const old of (await readdir(cache)).filter((name) => name.startsWith('helpcenter-words-'))) await rm(join(cache, old));
    await writeFile(file, JSON.stringify(shards));
    return shards;
  }
}

/** The search files of a build (in `outDir`) besides the search page itself. */
const SEARCH_FILES = ['pagefind', join('search', 'words'), join('search', 'vocabulary.txt'), join('search', 'synonyms.json')];
const searchRecord = () => join(cacheDir, 'helpcenter-search.json');

/** The article pages Pagefind indexes (`articles/<slug>/index.html`, in any language's folder), sorted. */
async function articlePages(outDir: string): Promise<string[]> {
  const folders = [
    'articles',
    ...(await readdir(outDir, { withFileTypes: true })).filter((e) => e.isDirectory()).map((e) => join(e.name, 'articles')),
  ];
  const pages: string[] = [];
  for (const folder of folders) {
    const slugs = await readdir(join(outDir, folder)).catch(() => [] as string[]);
    for (const slug of slugs) pages.push(join(folder, slug, 'index.html'));
  }
  return pages.sort();
}

/** A digest of what the search files are made from: the article pages, the synonym files and the search step's code (and packages). */
async function searchInputs(outDir: string, contentDir: string): Promise<string> {
  const hash = createHash('sha256').update(codeDigest(process.cwd(), ['src/build/pagefind.ts']));
  for (const name of synonymFileNames(await readdir(contentDir).catch(() => [] as string[]))) {
    hash
      .update(name)
      .update('\0')
      .update(await readFile(join(contentDir, name)).catch(() => Buffer.alloc(0)));
  }
  for (const page of await articlePages(outDir)) {
    const text = await readFile(join(outDir, page)).catch(() => undefined);
    if (text) hash.update(page).update('\0').update(text).update('\0');
  }
  return hash.digest('hex');
}

const fileDigest = async (file: string) =>
  createHash('sha256')
    .update(await readFile(file))
    .digest('hex');

/** Notes, in the build cache, which inputs the search files now in `outDir` were made from. */
async function rememberSearchFiles(outDir: string, digest: string): Promise<void> {
  const entry = await fileDigest(join(outDir, 'pagefind', 'pagefind-entry.json'));
  await mkdir(cacheDir, { recursive: true });
  await writeFile(searchRecord(), JSON.stringify({ outDir: resolve(outDir), digest, entry }));
}

/**
 * Moves the previous build's search files (kept aside in `previous`) into `outDir` when they were made
 * from exactly these inputs, in this output folder: Pagefind would write the same index again (a
 * build is reproducible). Returns whether it did.
 */
async function reuseSearchFiles(outDir: string, previous: string, digest: string): Promise<boolean> {
  try {
    const record = JSON.parse(await readFile(searchRecord(), 'utf8')) as { outDir?: string; digest?: string; entry?: string };
    if (record.outDir !== resolve(outDir) || record.digest !== digest) return false;
    if ((await fileDigest(join(previous, 'pagefind', 'pagefind-entry.json'))) !== record.entry) return false;
    for (const file of SEARCH_FILES) await stat(join(previous, file));
  } catch {
    return false;
  }
  await mkdir(join(outDir, 'search'), { recursive: true });
  for (const file of SEARCH_FILES) await rename(join(previous, file), join(outDir, file));
  return true;
}

/**
 * Reads and checks the authors' synonyms file. Throws one error listing every
 * problem, each with the file and the group/term it is in.
 */
export async function loadSynonyms(file: string): Promise<SynonymGroups> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${file}: cannot be read as JSON (${(error as Error).message}); fix the file and build again`, {
      cause: error,
    });
  }
  // The content check has reported these before the build; this guards the index against a file changed since.
  const problems = checkSynonyms(raw, file);
  if (problems.length > 0) throw new Error(formatReport(problems, 'build again'));
  return raw as SynonymGroups;
}

/** The names of the synonym files in `contentDir`: `synonyms.json`, then each language's `synonyms.<lang>.json` (e.g. `synonyms.hi.json`). */
export function synonymFileNames(names: readonly string[]): string[] {
  return ['synonyms.json', ...names.filter((name) => /^synonyms\.[a-z]{2,3}\.json$/.test(name)).sort()];
}

/**
 * The synonym groups of every language. One table serves all languages: terms in different
 * scripts never meet, and a Hindi page may be found by an English word.
 */
export async function loadAllSynonyms(contentDir: string): Promise<SynonymGroups> {
  const groups: SynonymGroups[] = [];
  for (const name of synonymFileNames(await readdir(contentDir).catch(() => [] as string[]))) {
    groups.push(await loadSynonyms(join(contentDir, name)));
  }
  return groups.flat();
}

/**
 * How often each word occurs over the pages of an index, counted from the text Pagefind stored for each
 * page (its fragments): exactly the regions it indexed, so chrome outside `data-pagefind-body` or inside
 * `data-pagefind-ignore` never reaches the typo vocabulary. Fragments are read a few at a time.
 */
async function indexedWordCounts(bundle: string): Promise<Map<string, number>> {
  const dir = join(bundle, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const counts = new Map<string, number>();
  for (let start = 0; start < names.length; start += 32) {
    const fragments = await Promise.all(
      names.slice(start, start + 32).map(async (name) => {
        const bytes = gunzipSync(await readFile(join(dir, name)));
        return readFragment(unwrap(bytes, name), name);
      }),
    );
    for (const { content } of fragments) for (const word of words(content)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/**
 * Writes the Pagefind index of the article pages in `outDir` (one index per page language, from each
 * page's `lang`), and counts the indexed words for typo correction.
 */
async function indexArticles(outDir: string): Promise<{ pageCount: number; uses: Map<string, number> }> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  // Only article pages carry `data-pagefind-body`, in any language's folder (`/articles/…`, `/hi/articles/…`);
  // the glob spares Pagefind reading every other page.
  const added = await index.addDirectory({ path: outDir, glob: '**/articles/*/index.html' });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const bundle = join(outDir, 'pagefind');
  const written = await index.writeFiles({ outputPath: bundle });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // The site reads the index itself (src/search/pagefind-index.ts): Pagefind's own engine
  // (WebAssembly, pagefind.js, its worker) and UI files would be deployed and never loaded.
  for (const entry of await readdir(bundle, { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'pagefind-entry.json' && !entry.name.endsWith('.pf_meta')) {
      await rm(join(bundle, entry.name));
    }
  }
  return { pageCount: added.page_count, uses: await indexedWordCounts(bundle) };
}

/**
 * Builds the search files of a finished build in `outDir`: the Pagefind index
 * of the article bodies (`pagefind/`), the synonym table and the correction
 * vocabulary (`search/`). Synonyms the site never uses are left out of the
 * table. `npm run build` calls it after Astro has exited, so Pagefind never
 * holds its memory while Astro holds Astro's (at 5,000 articles each takes
 * about 1 GB). A failure throws with its cause.
 */
export async function buildSearchIndex(options: { outDir: string; contentDir: string; previous?: string }): Promise<string> {
  const { outDir } = options;
  const started = performance.now();
  try {
    const digest = await searchInputs(outDir, options.contentDir);
    if (options.previous && (await reuseSearchFiles(outDir, options.previous, digest))) {
      return `Search index unchanged since the last build (same article pages, synonyms and search code): kept in ${Math.round(performance.now() - started)} ms.`;
    }
    const groups = await loadAllSynonyms(options.contentDir);
    const { pageCount, uses } = await indexArticles(outDir);
    const table = pruneSynonyms(
      synonymTable(groups),
      (word) => uses.get(word) ?? 0,
      (word) => STOPWORDS.has(word),
    );
    const synonymWords = [...table.keys()].flatMap((term) => term.split(' '));
    // Stopwords are never a correction ("switch" must not become "with", then be dropped).
    const vocabulary = rankVocabulary(uses, VOCABULARY_CAP, synonymWords, (word) => STOPWORDS.has(word));
    await mkdir(join(outDir, 'search', 'words'), { recursive: true });
    await writeFile(join(outDir, 'search', 'vocabulary.txt'), encodeVocabulary(vocabulary));
    // The language's words, in shards: a word about to be corrected is looked up in its shard.
    const { index, shards } = await languageShards();
    await writeFile(join(outDir, 'search', 'words', 'index.txt'), `${index.join('\n')}\n`);
    await Promise.all(shards.map((list, n) => writeFile(join(outDir, 'search', 'words', `${n}.txt`), `${list.join('\n')}\n`)));
    await writeFile(join(outDir, 'search', 'synonyms.json'), JSON.stringify(Object.fromEntries(table)));
    await rememberSearchFiles(outDir, digest);
    return `Indexed ${pageCount} pages, ${vocabulary.length} words for typo correction (${shards.length} word-list shards), ${table.size} synonym terms in ${Math.round(performance.now() - started)} ms.`;
  } catch (error) {
    throw new Error(`The search index could not be built: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}
