/**
 * The content loader of `content/articles/*.mdx` (files starting with `_` are
 * skipped). Each article is checked against the schema and rendered to HTML
 * here, once: the HTML is kept in Astro's content store with a digest of the
 * file and of the code that renders it, so a build renders only the articles
 * that changed since the last one and pages insert finished HTML.
 *
 * Every article's problems (components, diagrams, MDX syntax) are collected
 * and the load fails once, listing them all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { closeRenderer, diagramCacheDir, pruneDiagramCache, rehypeDiagrams } from '../integrations/diagrams';
import { ContentError, type ContentProblem } from '../lib/problems';
import { createArticleRenderer, type RenderedArticle } from '../lib/render/article';
import { sourceDigest } from '../source-digest';

/** What a stored article keeps besides its HTML and headings. */
export interface ArticleMetadata {
  /** Names of the components the article uses (the page loads the checklist script only when needed). */
  components: string[];
  /** Cache keys of the diagram renderings it uses. */
  diagramKeys: string[];
}

/** Source files and folders whose change must render every article again. */
const RENDERER_SOURCES = [
  'src/lib',
  'src/loaders',
  'src/integrations/diagrams.ts',
  'src/integrations/diagram-renderer.ts',
  'src/integrations/mermaid-page.js',
  'package-lock.json',
];

/** The loader of the articles in `folder` (relative to the project root). */
export function articleLoader(options: { folder: string; categoriesFile: string }): Loader {
  return {
    name: 'helpcenter:articles',
    load: async (context: LoaderContext) => {
      const { config, store, logger } = context;
      const root = fileURLToPath(config.root);
      const folder = resolve(root, options.folder);
      const version = sourceDigest(root, RENDERER_SOURCES, [
        config.base,
        readFileSync(resolve(root, options.categoriesFile), 'utf8'),
      ]);
      const renderArticle = createArticleRenderer({ base: config.base, diagrams: rehypeDiagrams });

      let names: string[];
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

      const problems: ContentProblem[] = [];
      const usedDiagrams = new Set<string>();
      let rendered = 0;
      const started = performance.now();
      try {
        for (const name of names) {
          const id = name.slice(0, -'.mdx'.length);
          const filePath = relative(root, join(folder, name));
          const source = readFileSync(join(folder, name), 'utf8');
          const digest = context.generateDigest(`${version}\n${source}`);
          const existing = store.get<Record<string, unknown>>(id);
          if (existing?.digest === digest && existing.rendered) {
            for (const key of (existing.rendered.metadata as ArticleMetadata | undefined)?.diagramKeys ?? [])
              usedDiagrams.add(key);
            continue;
          }
          const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
          const data = await context.parseData({ id, data: frontmatter, filePath });
          const article: RenderedArticle = await renderArticle(source, filePath);
          rendered++;
          if (article.problems.length > 0) {
            problems.push(...article.problems);
            store.delete(id);
            continue;
          }
          for (const key of article.diagramKeys) usedDiagrams.add(key);
          const metadata: ArticleMetadata = { components: article.components, diagramKeys: article.diagramKeys };
          store.set({
            id,
            data,
            body: content,
            filePath,
            digest,
            rendered: { html: article.html, metadata: { headings: article.headings, ...metadata } },
          });
        }
      } finally {
        await closeRenderer();
      }
      const ids = new Set(names.map((name) => name.slice(0, -'.mdx'.length)));
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      if (problems.length > 0) {
        const error = new ContentError(problems);
        // The message says where each problem is; a stack trace of the loader would only bury it.
        error.stack = '';
        throw error;
      }
      const pruned = pruneDiagramCache(usedDiagrams);
      if (pruned.length > 0)
        logger.info(`pruned ${pruned.length} unused diagram rendering(s) from ${relative(process.cwd(), diagramCacheDir)}/`);
      logger.info(
        `${names.length} articles: ${rendered} rendered, ${names.length - rendered} unchanged (${Math.round(performance.now() - started)} ms)`,
      );
    },
  };
}
