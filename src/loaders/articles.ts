/**
 * The content loader of `content/articles/*.mdx` (files starting with `_` are
 * skipped). Each article is checked against the schema and rendered to HTML
 * here, once: the HTML is kept in the build cache (`renderedHtmlDir`) under a
 * digest of the file and of the code that renders it, so a build renders only
 * the articles that changed since the last one and pages insert finished HTML.
 *
 * Every article's problems (components, diagrams, MDX syntax) are collected
 * and the load fails once, listing them all.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { renderedHtmlDir } from '../build-cache';
import { closeRenderer, diagramCacheDir, pruneDiagramCache, rehypeDiagrams } from '../integrations/diagrams';
import { mediaDigest, pruneMediaCache, rehypeMedia } from '../integrations/media';
import { anchorLinkProblems, type AnchorLink, type ArticleTargets } from '../lib/anchor-links';
import { ContentError, type ContentProblem } from '../lib/problems';
import { createArticleRenderer, type RenderedArticle } from '../lib/render/article';
import type { ComponentWords } from '../lib/render/components';
import { sourceDigest } from '../source-digest';

/** What a stored article keeps besides its headings. */
export interface ArticleMetadata {
  /** File name of its HTML in `renderedHtmlDir`. */
  htmlFile: string;
  /** Names of the components the article uses (the page loads the checklist script only when needed). */
  components: string[];
  /** Cache keys of the diagram renderings it uses. */
  diagramKeys: string[];
  /** Names of the files in the media cache it uses (screenshots, videos). */
  mediaFiles?: string[];
  /** Every id in its HTML, and its links to anchors: checked across articles after loading. */
  targets?: { ids: string[]; anchors: string[]; links: AnchorLink[] };
}

/** Source files and folders whose change must render every article again. */
const RENDERER_SOURCES = [
  'src/lib',
  'src/loaders',
  'src/integrations/diagrams.ts',
  'src/integrations/diagram-renderer.ts',
  'src/integrations/mermaid-page.js',
  'src/integrations/media.ts',
  'package-lock.json',
];

// Several loaders (the articles, then each language's translations) share the HTML and diagram
// caches: what is unused is removed only once every loader has loaded and said what it uses.
const loaders = new Set<string>();
// Loaders may run at the same time and share one Chromium: the last one to finish closes it.
let loading = 0;
async function doneRendering(): Promise<void> {
  if (--loading === 0) await closeRenderer();
}
const usedBy = new Map<string, { html: Set<string>; diagrams: Set<string>; media: Set<string> }>();

/** Removes cached HTML, diagrams and media no loader used, once all loaders have reported; returns the pruned diagrams. */
function pruneWhenAllLoaded(folder: string, html: Set<string>, diagrams: Set<string>, media: Set<string>): string[] {
  usedBy.set(folder, { html, diagrams, media });
  if (usedBy.size < loaders.size) return [];
  const keptHtml = new Set([...usedBy.values()].flatMap((u) => [...u.html]));
  const keptDiagrams = new Set([...usedBy.values()].flatMap((u) => [...u.diagrams]));
  const keptMedia = new Set([...usedBy.values()].flatMap((u) => [...u.media]));
  usedBy.clear();
  for (const file of existsSync(renderedHtmlDir) ? readdirSync(renderedHtmlDir) : []) {
    if (!keptHtml.has(file)) rmSync(join(renderedHtmlDir, file));
  }
  pruneMediaCache(keptMedia);
  return pruneDiagramCache(keptDiagrams);
}

/** The loader of the articles in `folder` (relative to the project root). */
export function articleLoader(options: {
  folder: string;
  categoriesFile: string;
  /** A folder that may be absent (a language with no translations yet): then the collection is empty. */
  optional?: boolean;
  /** For translations: the language, whose pages root-relative links lead to (`/hi/articles/…`), and its component words. */
  translation?: { lang: string; words: ComponentWords };
}): Loader {
  loaders.add(options.folder);
  return {
    name: 'helpcenter:articles',
    load: async (context: LoaderContext) => {
      const { config, store, logger } = context;
      const root = fileURLToPath(config.root);
      const folder = resolve(root, options.folder);
      // A translation's links lead to the pages in its language.
      const base = options.translation ? `${config.base.replace(/\/+$/, '')}/${options.translation.lang}/` : config.base;
      const version = sourceDigest(root, RENDERER_SOURCES, [
        base,
        readFileSync(resolve(root, options.categoriesFile), 'utf8'),
        JSON.stringify(options.translation?.words ?? null),
      ]);
      const renderArticle = createArticleRenderer({
        base,
        diagrams: rehypeDiagrams,
        // Media files are published once for every language, under the site's base.
        media: [rehypeMedia, { root, base: config.base }],
        ...(options.translation ? { words: options.translation.words } : {}),
      });

      let names: string[];
      if (options.optional && !existsSync(folder)) {
        store.clear();
        pruneWhenAllLoaded(options.folder, new Set(), new Set(), new Set());
        return;
      }
      try {
        names = readdirSync(folder)
          .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
          .sort();
      } catch (error) {
        throw new Error(
          `${folder} cannot be read (${(error as Error).message}); set HELPCENTER_CONTENT to a folder with an articles/ folder`,
          { cause: error },
        );
      }

      /** HTML files of the articles loaded in this run; the others are removed after a full load. */
      const keptHtml = new Set<string>();
      /** Loads one article into the store unless it is unchanged; returns its problems and diagram keys. */
      const loadArticle = async (
        name: string,
      ): Promise<{
        problems: ContentProblem[];
        diagramKeys: string[];
        mediaFiles: string[];
        targets?: ArticleTargets | undefined;
        rendered: boolean;
      }> => {
        const id = name.slice(0, -'.mdx'.length);
        const filePath = relative(root, join(folder, name));
        const source = readFileSync(join(folder, name), 'utf8');
        // The screenshots it shows are part of it: replacing one renders the article again.
        const digest = context.generateDigest(`${version}\n${source}\n${mediaDigest(source, join(folder, name))}`);
        const htmlFile = `${digest}.html`;
        const existing = store.get<Record<string, unknown>>(id);
        if (existing?.digest === digest && existsSync(join(renderedHtmlDir, htmlFile))) {
          const metadata = existing.rendered?.metadata as ArticleMetadata | undefined;
          keptHtml.add(htmlFile);
          return {
            problems: [],
            diagramKeys: metadata?.diagramKeys ?? [],
            mediaFiles: metadata?.mediaFiles ?? [],
            targets: metadata?.targets && { slug: id, path: filePath, ...metadata.targets },
            rendered: false,
          };
        }
        const { frontmatter } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
        const data = await context.parseData({ id, data: frontmatter, filePath });
        const article: RenderedArticle = await renderArticle(source, filePath);
        for (const warning of article.warnings) logger.warn(warning);
        if (article.problems.length > 0) {
          // The last good version stays in the store, so `astro dev` keeps showing the site while the author fixes it.
          return {
            problems: article.problems,
            diagramKeys: [],
            mediaFiles: [],
            // Its links are still checked, so every broken reference is reported in one build.
            targets: { slug: id, path: filePath, ids: article.ids, anchors: article.anchors, links: article.anchorLinks },
            rendered: true,
          };
        }
        mkdirSync(renderedHtmlDir, { recursive: true });
        writeFileSync(join(renderedHtmlDir, htmlFile), article.html);
        keptHtml.add(htmlFile);
        const metadata: ArticleMetadata = {
          htmlFile,
          components: article.components,
          diagramKeys: article.diagramKeys,
          mediaFiles: article.mediaFiles,
          targets: { ids: article.ids, anchors: article.anchors, links: article.anchorLinks },
        };
        // `html` stays empty: pages read the file (see `renderedHtmlDir`), and the store stays small.
        store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { headings: article.headings, ...metadata } } });
        return {
          problems: [],
          diagramKeys: article.diagramKeys,
          mediaFiles: article.mediaFiles,
          targets: { slug: id, path: filePath, ids: article.ids, anchors: article.anchors, links: article.anchorLinks },
          rendered: true,
        };
      };

      const problems: ContentProblem[] = [];
      const usedDiagrams = new Set<string>();
      const usedMedia = new Set<string>();
      const targets: ArticleTargets[] = [];
      let rendered = 0;
      const started = performance.now();
      loading++;
      try {
        // A few articles at a time: while one waits for Chromium to draw its diagram, the next one renders.
        let next = 0;
        const worker = async () => {
          while (next < names.length) {
            const result = await loadArticle(names[next++]!);
            problems.push(...result.problems);
            for (const key of result.diagramKeys) usedDiagrams.add(key);
            for (const name of result.mediaFiles) usedMedia.add(name);
            if (result.targets) targets.push(result.targets);
            if (result.rendered) rendered++;
          }
        };
        await Promise.all(Array.from({ length: 4 }, worker));
      } finally {
        await doneRendering();
      }
      // Links between articles are checked once every article is known; a broken one stops the build like any problem.
      problems.push(...anchorLinkProblems(targets, base));
      const ids = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (problems.length > 0) {
        const error = new ContentError(problems);
        // The message says where each problem is; a stack trace of the loader would only bury it.
        error.stack = '';
        throw error;
      }
      const pruned = pruneWhenAllLoaded(options.folder, keptHtml, usedDiagrams, usedMedia);
      if (pruned.length > 0)
        logger.info(`pruned ${pruned.length} unused diagram rendering(s) from ${relative(process.cwd(), diagramCacheDir)}/`);
      logger.info(
        `${names.length} articles: ${rendered} rendered, ${names.length - rendered} unchanged (${Math.round(performance.now() - started)} ms)`,
      );

      // `astro dev`: an edited, added or removed article is loaded again on its own; its problems are logged, not fatal.
      const isArticle = (path: string) => {
        const name = basename(path);
        return resolve(dirname(path)) === folder && name.endsWith('.mdx') && !name.startsWith('_') ? name : undefined;
      };
      const reload = async (path: string) => {
        const name = isArticle(path);
        if (!name) return;
        try {
          const result = await loadArticle(name);
          if (result.problems.length > 0) logger.error(new ContentError(result.problems).message);
          else if (result.rendered) logger.info(`${name} rendered again`);
        } catch (error) {
          logger.error((error as Error).message);
        } finally {
          await closeRenderer();
        }
      };
      context.watcher?.add(folder);
      context.watcher?.on('change', (path) => void reload(path));
      context.watcher?.on('add', (path) => void reload(path));
      context.watcher?.on('unlink', (path) => {
        const name = isArticle(path);
        if (name) store.delete(name.slice(0, -'.mdx'.length));
      });
    },
  };
}
