/**
 * The one reader of article files. Every step that needs an article (the
 * content check, the content loader, the Markdown exports and redirects,
 * `npm run new`) gets it here, so a build opens and parses each file once: the
 * article (its text, and its frontmatter and syntax tree once first asked for) is
 * kept for the rest of the process, keyed by the file's size and modification
 * time, and read again only when those change (an edit under `astro dev`).
 * Readers must not change the tree (the renderer works on a copy).
 *
 * Astro loads the integrations and the content loader as separate module
 * instances, so the kept articles live on `globalThis`, shared by all of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { contentDir, retired } from './files';
import { isArticleFileName, parseArticleFile, type ArticleFile } from './article-source';
import { parseSources } from './parse-parallel';
import { redirectMap, type Redirect } from '../build/redirects';

interface Kept {
  size: number;
  mtimeMs: number;
  source: string;
  /** The article as read from the current folder `cwd` (its `file` is relative to it). */
  article: ArticleFile;
  cwd: string;
}

const KEY = Symbol.for('helpcenter.articles');
const kept: Map<string, Kept> =
  ((globalThis as Record<symbol, unknown>)[KEY] as Map<string, Kept> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[KEY] = new Map<string, Kept>());

/** The folder of the articles: `<contentDir>/articles`. */
export function articlesFolder(dir: string = contentDir): string {
  return resolve(dir, 'articles');
}

/**
 * The file name of `path` when it is an article of `folder` (directly inside
 * it, see `isArticleFileName`), else `undefined`. Used for watcher events.
 */
export function articleNameOf(path: string, folder: string): string | undefined {
  const name = basename(path);
  return resolve(dirname(path)) === resolve(folder) && isArticleFileName(name) ? name : undefined;
}

/** The article file names in `folder`, sorted; a clear error when the folder cannot be read. */
export function articleNames(folder: string): string[] {
  try {
    return readdirSync(folder).filter(isArticleFileName).sort();
  } catch (error) {
    throw new Error(
      `${folder} cannot be read (${(error as Error).message}); set HELPCENTER_CONTENT to a folder with an articles/ folder`,
      { cause: error },
    );
  }
}

/**
 * Reads the article at `path` (absolute, or relative to the current folder).
 * The article (its text and, once asked for, its parsed tree) comes from memory when
 * the file's size and time are unchanged since it was last read; `fresh` reads the
 * file again regardless (a watcher saw it change).
 */
export function readArticle(path: string, options: { fresh?: boolean } = {}): ArticleFile {
  const absolute = resolve(path);
  const stat = statSync(absolute);
  const cwd = process.cwd();
  let entry = kept.get(absolute);
  if (options.fresh || !entry || entry.size !== stat.size || entry.mtimeMs !== stat.mtimeMs) {
    const source = readFileSync(absolute, 'utf8');
    // The same text keeps its parsed article (a watcher event for a save that changed nothing).
    entry =
      entry?.source === source
        ? { ...entry, size: stat.size, mtimeMs: stat.mtimeMs }
        : { size: stat.size, mtimeMs: stat.mtimeMs, source, cwd, article: parseArticleFile(relative(cwd, absolute), source) };
  }
  // Its `file` is relative to the current folder.
  if (entry.cwd !== cwd) entry = { ...entry, cwd, article: parseArticleFile(relative(cwd, absolute), entry.source) };
  kept.set(absolute, entry);
  return entry.article;
}

/** Every article in `folder` (default: the content folder's), sorted by file name. */
export function readArticles(folder: string = articlesFolder()): ArticleFile[] {
  return articleNames(folder).map((name) => readArticle(join(folder, name)));
}

/**
 * Parses the trees of these articles now, all of which the caller is about to read (the check of the
 * articles that changed): on two threads when there are enough of them (`parseSources` decides).
 */
export function parseArticles(articles: readonly ArticleFile[]): void {
  if (articles.length === 0) return;
  const outcomes = parseSources(articles.map((a) => a.source));
  articles.forEach((article, i) => article.adoptTree(outcomes[i]!));
}

/** Short links, old slugs and replaced retired articles, each leading to a live article. */
export function readRedirects(articles: readonly ArticleFile[] = readArticles()): Redirect[] {
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return redirectMap(
    articles.map((a) => ({ slug: a.slug, id: String(a.data.id), redirectFrom: list(a.data.redirectFrom) })),
    retired,
  );
}
