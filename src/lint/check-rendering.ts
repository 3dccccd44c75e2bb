/**
 * The render pass of the content check: what only rendering an article finds
 * (a screenshot or video that does not exist, Mermaid that does not parse, an
 * unsafe address in raw HTML) and the links to anchors between articles, which
 * need every article's rendered ids. It renders with the build's own renderer
 * (`buildArticleRenderer`) and checks links with the build's own rule
 * (`anchorLinkProblems`), so `npm run lint:content` reports what the build
 * would reject, in the same words, before building.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { articlesFolder, readArticles } from '../content/articles';
import type { ArticleFile } from '../content/article-source';
import { categories, settings } from '../content/files';
import { componentWords } from '../build/component-words';
import { mediaDigest } from '../build/media';
import { codeDigest } from '../build/source-digest';
import { anchorLinkProblems, translationAnchorLinkProblems, type ArticleTargets, type LoadedLanguage } from './anchor-links';
import { compareProblems, type Problem } from './problems';

/** The build's renderer module, loaded only when an article must be rendered. */
export type ArticleRendererModule = typeof import('../build/article-renderer');

/** What one article's rendering found, remembered under a digest of its text and of the media files it names. */
interface Rendered {
  digest: string;
  problems: Problem[];
  warnings: string[];
  targets: ArticleTargets;
}

/** Remembered render results, per article file, valid while the rendering code and settings are unchanged. */
interface RenderCache {
  version: string;
  files: Record<string, Rendered>;
}

/** What the render pass found. */
export interface RenderCheck {
  /** The problems of the content check given to it, and those rendering found, sorted by file and place. */
  problems: Problem[];
  /** What the author should know but that does not stop the build, as `file:line: message`. */
  warnings: string[];
  /**
   * Why an article could not be rendered at all, so it was not fully checked
   * (a new diagram and no browser to draw it, as `noBrowserMessage` says).
   */
  failures: string[];
}

function readCache(file: string | undefined, version: string): RenderCache['files'] {
  if (!file) return {};
  try {
    const cache = JSON.parse(readFileSync(file, 'utf8')) as RenderCache;
    return cache.version === version ? cache.files : {};
  } catch {
    return {};
  }
}

/**
 * Renders every article of `<contentDir>/articles` (and of each translation
 * folder named in `site.json`) that has none of the `checked` problems (the
 * content check's: rendering assumes checked input), and returns those
 * problems with every problem rendering found and the links between articles
 * that lead to no anchor. `root` is the project root (default: the current
 * folder), `base` the site's base path (default `/`).
 *
 * With `cacheFile`, each article's findings are remembered there, keyed by its
 * text, the media files it names and the rendering code (all it imports), so a
 * second run renders only the articles that changed. New diagrams are drawn
 * (and kept in the diagram cache) as a build draws them.
 *
 * `loadRenderer` loads the build's renderer (`src/build/article-renderer.ts`),
 * only when an article must be rendered: its code (unified, the image service,
 * Mermaid's browser) takes about 0.3 s to load. Under Vite's `runnerImport` it
 * needs a runner of its own, as the one that loaded this module is closed by then.
 */
export async function checkRendering(
  contentDir: string,
  checked: readonly Problem[],
  options: { root?: string; base?: string; cacheFile?: string; loadRenderer: () => Promise<ArticleRendererModule> },
): Promise<RenderCheck> {
  const root = options.root ?? process.cwd();
  const siteBase = options.base ?? '/';
  const english = articlesFolder(contentDir);
  const languages = [
    { folder: english, base: siteBase },
    ...settings.languages.slice(1).map(({ code }) => ({
      lang: code,
      folder: join(english, code),
      base: `${siteBase.replace(/\/+$/, '')}/${code}/`,
      words: componentWords(code, root),
    })),
  ];
  const version = codeDigest(
    root,
    // The renderer is imported only when needed, so it is named here as well.
    ['src/lint/check-rendering.ts', 'src/build/article-renderer.ts'],
    [siteBase, JSON.stringify(categories), JSON.stringify(languages)],
  );
  const cached = readCache(options.cacheFile, version);
  const files: RenderCache['files'] = {};
  const faulty = new Set(checked.map((p) => p.file));
  const failures: string[] = [];

  let renderer: Promise<ArticleRendererModule> | undefined;
  const loaded: LoadedLanguage[] = [];
  try {
    for (const language of languages) {
      const articles = existsSync(language.folder) ? readArticles(language.folder).filter((a) => !faulty.has(a.file)) : [];
      let render: ReturnType<ArticleRendererModule['buildArticleRenderer']> | undefined;
      const renderOne = async (article: ArticleFile): Promise<Rendered | undefined> => {
        const digest = createHash('sha256')
          .update(`${article.source}\n${mediaDigest(article.source, resolve(root, article.file))}`)
          .digest('hex');
        const hit = cached[article.file];
        if (hit?.digest === digest) return hit;
        try {
          const { buildArticleRenderer, targetsOf } = await (renderer ??= options.loadRenderer());
          render ??= buildArticleRenderer({
            root,
            base: language.base,
            siteBase,
            words: 'words' in language ? language.words : undefined,
          });
          const rendered = await render(article);
          return {
            digest,
            problems: rendered.problems,
            warnings: rendered.warnings,
            targets: targetsOf(article.slug, article.file, rendered),
          };
        } catch (error) {
          failures.push((error as Error).message);
          return undefined;
        }
      };
      // A few articles at a time, as the loader renders them: while one waits for Chromium to draw a diagram, the next one renders.
      let next = 0;
      const worker = async () => {
        while (next < articles.length) {
          const article = articles[next++]!;
          const result = await renderOne(article);
          if (result) files[article.file] = result;
        }
      };
      await Promise.all(Array.from({ length: 4 }, worker));
      const targets = articles.flatMap((a) => files[a.file]?.targets ?? []);
      loaded.push({ lang: 'lang' in language ? language.lang : undefined, base: language.base, targets });
    }
  } finally {
    if (renderer) await (await renderer).closeRenderer();
  }

  if (options.cacheFile) {
    mkdirSync(dirname(options.cacheFile), { recursive: true });
    writeFileSync(options.cacheFile, JSON.stringify({ version, files } satisfies RenderCache));
  }
  const rendered = Object.values(files);
  return {
    problems: [
      ...checked,
      ...rendered.flatMap((r) => r.problems),
      ...anchorLinkProblems(loaded[0]!.targets, siteBase),
      ...translationAnchorLinkProblems(loaded),
    ].sort(compareProblems),
    warnings: rendered.flatMap((r) => r.warnings).sort(),
    failures,
  };
}
