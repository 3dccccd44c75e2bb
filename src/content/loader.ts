/**
 * The content loader of `content/articles/*.mdx` (files starting with `_` are
 * skipped). Each article is checked against the schema and rendered to HTML
 * here, once: the HTML is kept in the build cache (`renderedDir`) under a
 * digest of the file and of the code that renders it, so a build renders only
 * the articles that changed since the last one and pages insert finished HTML.
 *
 * Every article has passed the content check (`contentLint()`) before the
 * build gets here; what only rendering finds (Mermaid syntax) is collected and
 * the load fails once, listing it all. Under `astro dev` a saved article is
 * checked again in full, and its problems are shown in the browser.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { markdownFiles, renderedFile, renderedDir } from '../build/cache';
import { articleNameOf, articleNames, readArticle, readArticles } from './articles';
import { closeRenderer, diagramCacheDir, pruneDiagramCache } from '../build/diagrams';
import { mediaDigest, pruneMediaCache } from '../build/media';
import {
  anchorLinkProblems,
  translationAnchorLinkProblems,
  type AnchorLink,
  type ArticleTargets,
  type LoadedLanguage,
} from '../lint/anchor-links';
import { slugOfFile, type ArticleFile } from './article-source';
import { ContentError, type Problem } from '../lint/problems';
import { setDevProblems } from '../lint/dev-problems';
import type { RenderedArticle } from '../render/article';
import type { ComponentWords } from '../render/components';
import { codeDigest } from '../build/source-digest';

/** What a stored article keeps besides its headings. */
export interface ArticleMetadata {
  /** Name of its file in `renderedDir`: its HTML and its Markdown body (see `readRendered`). */
  cacheFile: string;
  /** Names of the components the article uses (the page loads the checklist script only when needed). */
  components: string[];
  /** Cache keys of the diagram renderings it uses. */
  diagramKeys: string[];
  /** Names of the files in the media cache it uses (screenshots, videos). */
  mediaFiles?: string[];
  /** Every id in its HTML, and its links to anchors: checked across articles after loading. */
  targets?: { ids: string[]; anchors: string[]; anchored?: string[]; links: AnchorLink[] };
}

/** What renders an article, loaded on first need (see `articleLoader`). */
interface Renderer {
  render: (article: ArticleFile) => Promise<RenderedArticle>;
  targetsOf: typeof import('../build/article-renderer').targetsOf;
  bodyMarkdown: typeof import('../render/markdown-export').bodyMarkdown;
}

/** The module whose code, with everything it imports, renders an article: its change renders every article again. */
const RENDERER_ENTRY = 'src/content/loader.ts';

// Several loaders (the articles, then each language's translations) share the rendered-article and diagram
// caches: what is unused is removed only once every loader has loaded and said what it uses.
const loaders = new Set<string>();
// Loaders may run at the same time and share one Chromium: the last one to finish closes it.
let loading = 0;
async function doneRendering(): Promise<void> {
  if (--loading === 0) await closeRenderer();
}
const usedBy = new Map<string, { rendered: Set<string>; diagrams: Set<string>; media: Set<string> }>();

/** Removes rendered articles, diagrams and media no loader used, once all loaders have reported; returns the pruned diagrams. */
function pruneWhenAllLoaded(folder: string, rendered: Set<string>, diagrams: Set<string>, media: Set<string>): string[] {
  usedBy.set(folder, { rendered, diagrams, media });
  if (usedBy.size < loaders.size) return [];
  const keptFiles = new Set([...usedBy.values()].flatMap((u) => [...u.rendered]));
  const keptDiagrams = new Set([...usedBy.values()].flatMap((u) => [...u.diagrams]));
  const keptMedia = new Set([...usedBy.values()].flatMap((u) => [...u.media]));
  usedBy.clear();
  for (const file of existsSync(renderedDir) ? readdirSync(renderedDir) : []) {
    if (!keptFiles.has(file)) rmSync(join(renderedDir, file));
  }
  pruneMediaCache(keptMedia);
  return pruneDiagramCache(keptDiagrams);
}

// A translation's links may lead to its own language's pages or to English ones, so they are checked once
// every loader has reported its articles' targets: by whichever loader finishes last.
const loadedTargets = new Map<string, LoadedLanguage>();
function translationLinkProblems(folder: string, loaded: LoadedLanguage) {
  loadedTargets.set(folder, loaded);
  if (loadedTargets.size < loaders.size) return [];
  const all = [...loadedTargets.values()];
  loadedTargets.clear();
  return translationAnchorLinkProblems(all);
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
      const version = codeDigest(
        root,
        [RENDERER_ENTRY],
        [base, readFileSync(resolve(root, options.categoriesFile), 'utf8'), JSON.stringify(options.translation?.words ?? null)],
      );
      // The renderer (unified, its plugins, sharp) and the Markdown export are loaded only when an article
      // must be rendered: a build with every article unchanged renders none. Media files are published
      // once for every language, under the site's base.
      let rendering: Promise<Renderer> | undefined;
      const renderer = () =>
        (rendering ??= Promise.all([import('../build/article-renderer'), import('../render/markdown-export')]).then(
          ([{ buildArticleRenderer, targetsOf }, { bodyMarkdown }]) => ({
            render: buildArticleRenderer({ root, base, siteBase: config.base, words: options.translation?.words }),
            targetsOf,
            bodyMarkdown,
          }),
        ));

      if (options.optional && !existsSync(folder)) {
        store.clear();
        const problems = translationLinkProblems(options.folder, { lang: options.translation?.lang, base, targets: [] });
        if (problems.length > 0) throw new ContentError(problems);
        pruneWhenAllLoaded(options.folder, new Set(), new Set(), new Set());
        return;
      }
      const names = articleNames(folder);
      // Each language's Markdown bodies are kept under its own keys (`hi/<slug>`): slugs are the same in every language.
      const markdownPrefix = options.translation ? `${options.translation.lang}/` : '';
      const translationWords = options.translation?.words;

      /** Cache files (`renderedDir`) of the articles loaded in this run; the others are removed after a full load. */
      const keptFiles = new Set<string>();
      /** Loads one article into the store unless it is unchanged; returns its problems and diagram keys. */
      const loadArticle = async (
        name: string,
        options: { fresh?: boolean; check?: boolean } = {},
      ): Promise<{
        problems: Problem[];
        diagramKeys: string[];
        mediaFiles: string[];
        targets?: ArticleTargets | undefined;
        rendered: boolean;
      }> => {
        const id = slugOfFile(name);
        const filePath = relative(root, join(folder, name));
        const article = readArticle(join(folder, name), { fresh: options.fresh === true });
        // The screenshots it shows are part of it: replacing one renders the article again.
        const digest = context.generateDigest(
          `${version}\n${article.source}\n${mediaDigest(article.source, join(folder, name))}`,
        );
        const cacheFile = `${digest}.rendered`;
        const existing = store.get<Record<string, unknown>>(id);
        if (existing?.digest === digest && existsSync(join(renderedDir, cacheFile))) {
          const metadata = existing.rendered?.metadata as ArticleMetadata | undefined;
          keptFiles.add(cacheFile);
          markdownFiles.set(markdownPrefix + id, join(renderedDir, cacheFile));
          return {
            problems: [],
            diagramKeys: metadata?.diagramKeys ?? [],
            mediaFiles: metadata?.mediaFiles ?? [],
            targets: metadata?.targets && { slug: id, path: filePath, ...metadata.targets },
            rendered: false,
          };
        }
        if (options.check) {
          // `astro dev`: the whole check runs again on the saved article; the last good version stays in the store meanwhile.
          // Loaded here: only `astro dev` checks in the loader (a build has checked every article before loading).
          const { checkChangedArticle } = await import('../lint/check-content');
          const problems = checkChangedArticle(article, readArticles(folder));
          if (problems.length > 0) return { problems, diagramKeys: [], mediaFiles: [], rendered: false };
        }
        const data = await context.parseData({ id, data: article.data, filePath });
        const { render: renderArticle, targetsOf, bodyMarkdown } = await renderer();
        // The Markdown export comes from the same tree.
        const markdown = bodyMarkdown(
          article.source,
          article.tree!,
          article.source.length - article.body.length,
          translationWords,
        );
        const rendered: RenderedArticle = await renderArticle(article);
        for (const warning of rendered.warnings) logger.warn(warning);
        // Its links are checked across articles even when it has problems, so every broken reference is reported in one build.
        const targets = targetsOf(id, filePath, rendered);
        if (rendered.problems.length > 0) {
          // The last good version stays in the store, so `astro dev` keeps showing the site while the author fixes it.
          return { problems: rendered.problems, diagramKeys: [], mediaFiles: [], targets, rendered: true };
        }
        // Written off this thread: creating a file can take a millisecond on a busy disk, time the next
        // article spends rendering instead. On disk before the store names it.
        mkdirSync(renderedDir, { recursive: true });
        await writeFile(join(renderedDir, cacheFile), renderedFile({ html: rendered.html, markdown }));
        keptFiles.add(cacheFile);
        markdownFiles.set(markdownPrefix + id, join(renderedDir, cacheFile));
        const metadata: ArticleMetadata = {
          cacheFile,
          components: rendered.components,
          diagramKeys: rendered.diagramKeys,
          mediaFiles: rendered.mediaFiles,
          targets: { ids: rendered.ids, anchors: rendered.anchors, anchored: rendered.anchored, links: rendered.anchorLinks },
        };
        // `html` stays empty: pages read the file (see `renderedDir`), and the store stays small.
        store.set({ id, data, filePath, digest, rendered: { html: '', metadata: { headings: rendered.headings, ...metadata } } });
        return {
          problems: [],
          diagramKeys: rendered.diagramKeys,
          mediaFiles: rendered.mediaFiles,
          targets,
          rendered: true,
        };
      };

      const problems: Problem[] = [];
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
      // A translation's, with the aligned anchors of its language's pages and the English ones.
      if (!options.translation) problems.push(...anchorLinkProblems(targets, base));
      problems.push(...translationLinkProblems(options.folder, { lang: options.translation?.lang, base, targets }));
      const ids = new Set(names.map(slugOfFile));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      for (const key of markdownFiles.keys()) {
        const slug = key.slice(markdownPrefix.length);
        if (key.startsWith(markdownPrefix) && !slug.includes('/') && !ids.has(slug)) markdownFiles.delete(key);
      }
      // The message says where each problem is; ContentError carries no stack trace to bury it.
      if (problems.length > 0) throw new ContentError(problems);
      const pruned = pruneWhenAllLoaded(options.folder, keptFiles, usedDiagrams, usedMedia);
      if (pruned.length > 0)
        logger.info(`pruned ${pruned.length} unused diagram rendering(s) from ${relative(process.cwd(), diagramCacheDir)}/`);
      logger.info(
        `${names.length} articles: ${rendered} rendered, ${names.length - rendered} unchanged (${Math.round(performance.now() - started)} ms)`,
      );

      // `astro dev`: an edited, added or removed article is checked and loaded again on its own. Its problems
      // are logged and shown in the browser (see `lib/dev-problems.ts`) until the next save fixes them.
      const shown = new Map<string, Problem[]>();
      const show = (name: string, found: Problem[]) => {
        if (found.length > 0) shown.set(name, found);
        else shown.delete(name);
        setDevProblems([...shown.values()].flat());
      };
      const reload = async (path: string, attempt = 1): Promise<void> => {
        const name = articleNameOf(path, folder);
        if (!name) return;
        try {
          const before = readArticle(path).source;
          const result = await loadArticle(name, { fresh: true, check: true });
          if (result.problems.length > 0 && attempt < 3) {
            // An editor may save in two writes; a half-written file is read again once it has settled.
            await new Promise((settle) => setTimeout(settle, 150));
            if (readArticle(path, { fresh: true }).source !== before) return reload(path, attempt + 1);
          }
          show(name, result.problems);
          if (result.problems.length > 0) logger.error(new ContentError(result.problems, 'save').message);
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
        const name = articleNameOf(path, folder);
        if (!name) return;
        store.delete(slugOfFile(name));
        show(name, []);
      });
    },
  };
}
