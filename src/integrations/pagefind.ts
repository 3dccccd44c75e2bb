import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { encodeVocabulary, rankVocabulary } from '../lib/search/correct';
import { checkSynonyms, pruneSynonyms, synonymTable, type SynonymGroups } from '../lib/search/synonyms';
import { STOPWORDS, words } from '../lib/search/words';

/** Most words kept for typo correction: about 15 KB gzipped, whatever the size of the site. */
export const VOCABULARY_CAP = 4000;

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
  const problems = checkSynonyms(raw);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ✗ ${file}: ${p.path}: ${p.message}`);
    throw new Error(
      `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${file}; fix and build again (each group is an array of terms that mean the same, see README "Search"):\n${lines.join('\n')}`,
    );
  }
  return raw as SynonymGroups;
}

/**
 * The synonym groups of every language: `synonyms.json` and `synonyms.<lang>.json`
 * (e.g. `synonyms.hi.json`). One table serves all languages: terms in different
 * scripts never meet, and a Hindi page may be found by an English word.
 */
export async function loadAllSynonyms(contentDir: string): Promise<SynonymGroups> {
  const files = (await readdir(contentDir).catch(() => [] as string[]))
    .filter((name) => /^synonyms\.[a-z]{2,3}\.json$/.test(name))
    .sort();
  const groups = [await loadSynonyms(join(contentDir, 'synonyms.json'))];
  for (const name of files) groups.push(await loadSynonyms(join(contentDir, name)));
  return groups.flat();
}

/** The text of an article page that search indexes: from `data-pagefind-body` to the end of the article. */
export function indexedText(html: string): string {
  const start = html.indexOf('data-pagefind-body');
  if (start === -1) return '';
  const end = html.indexOf('</article>', start);
  return html
    .slice(start, end === -1 ? undefined : end)
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

/**
 * How often each indexed word occurs over the article pages of the build. Pages
 * are read a few at a time and only the counts are kept, so memory does not
 * grow with the size of the pages kept.
 */
async function articleWordCounts(outDir: string): Promise<Map<string, number>> {
  // The default language's articles, then each other language's (`hi/articles/`); fallback pages index no text.
  const languages = (await readdir(outDir, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && /^[a-z]{2,3}$/.test(e.name))
    .map((e) => join(outDir, e.name, 'articles'));
  const pagePaths: string[] = [];
  for (const articlesDir of [join(outDir, 'articles'), ...languages]) {
    const slugs = (await readdir(articlesDir, { withFileTypes: true }).catch(() => [])).filter((e) => e.isDirectory());
    pagePaths.push(...slugs.map(({ name }) => join(articlesDir, name, 'index.html')));
  }
  const counts = new Map<string, number>();
  for (let start = 0; start < pagePaths.length; start += 16) {
    const pages = await Promise.all(pagePaths.slice(start, start + 16).map((path) => readFile(path, 'utf8').catch(() => '')));
    for (const html of pages) for (const word of words(indexedText(html))) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** Writes the Pagefind index of the article pages in `outDir`, and reads their words for typo correction meanwhile. */
async function indexArticles(outDir: string): Promise<{ pageCount: number; uses: Map<string, number> }> {
  const reading = articleWordCounts(outDir);
  // One index per language, by each page's `<html lang>`; a fallback page (English text under /hi/) has no `data-pagefind-body`, so it stays out of the Hindi index.
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(errors.join('; ') || 'Pagefind did not start');
  // Only article pages carry `data-pagefind-body`; the glob spares Pagefind reading every other page.
  const added = await index.addDirectory({ path: outDir, glob: '{articles,*/articles}/*/index.html' });
  if (added.errors.length > 0) throw new Error(added.errors.join('; '));
  const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(written.errors.join('; '));
  // The site reads the index itself (src/lib/search/pagefind-index.ts): Pagefind's own engine
  // (WebAssembly, pagefind.js, its worker) and UI files would be deployed and never loaded.
  for (const entry of await readdir(join(outDir, 'pagefind'), { withFileTypes: true })) {
    if (entry.isFile() && entry.name !== 'pagefind-entry.json' && !entry.name.endsWith('.pf_meta')) {
      await rm(join(outDir, 'pagefind', entry.name));
    }
  }
  return { pageCount: added.page_count, uses: await reading };
}

/**
 * Builds the search files of a finished build in `outDir`: the Pagefind index
 * of the article bodies (`pagefind/`), the synonym table and the correction
 * vocabulary (`search/`). Synonyms the site never uses are left out of the
 * table. `npm run build` calls it after Astro has exited, so Pagefind never
 * holds its memory while Astro holds Astro's (at 5,000 articles each takes
 * about 1 GB). A failure throws with its cause.
 */
export async function buildSearchIndex(options: { outDir: string; contentDir: string }): Promise<string> {
  const { outDir } = options;
  const started = performance.now();
  try {
    const groups = await loadAllSynonyms(options.contentDir);
    const { pageCount, uses } = await indexArticles(outDir);
    const table = pruneSynonyms(
      synonymTable(groups),
      (word) => uses.get(word) ?? 0,
      (word) => STOPWORDS.has(word),
    );
    const synonymWords = [...table.keys()].flatMap((term) => term.split(' '));
    const vocabulary = rankVocabulary(uses, VOCABULARY_CAP, synonymWords);
    await mkdir(join(outDir, 'search'), { recursive: true });
    await writeFile(join(outDir, 'search', 'vocabulary.txt'), encodeVocabulary(vocabulary));
    await writeFile(join(outDir, 'search', 'synonyms.json'), JSON.stringify(Object.fromEntries(table)));
    return `Indexed ${pageCount} pages, ${vocabulary.length} words for typo correction, ${table.size} synonym terms in ${Math.round(performance.now() - started)} ms.`;
  } catch (error) {
    throw new Error(`The search index could not be built: ${(error as Error).message}`, { cause: error });
  } finally {
    await pagefind.close();
  }
}

/**
 * Checks the synonyms file when a build starts, so a broken file stops the
 * build before any page is written. The index itself is built after Astro
 * exits (`buildSearchIndex`, called by `npm run build`).
 */
export function synonymsCheck(options: { contentDir: string }): AstroIntegration {
  return {
    name: 'helpcenter:synonyms',
    hooks: {
      'astro:build:start': async () => {
        await loadAllSynonyms(options.contentDir);
      },
    },
  };
}
