import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownFiles, readRendered } from './cache';
import { securePage, sitePolicy } from './csp';
import { articlesFolder, readArticles, readRedirects } from '../content/articles';
import { settings } from '../content/files';
import { articleMarkdown, bodyMarkdown, resolveAssets, resolveLinks } from '../render/markdown-export';
import type { ArticleFile } from '../content/article-source';
import { toSource } from '../content/sources';
import { publishedMediaPath } from './media';
import { isShortPath, redirectPage, redirectsFile, shortPath } from './redirects';
import { absoluteUrl, paths, withBase } from '../shared/urls';

/** The words of a Markdown export in `lang`, from `src/i18n/<lang>.json`. */
function exportLabels(lang: string) {
  const strings = JSON.parse(readFileSync(join(process.cwd(), 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
  return {
    quickAnswer: strings['export.quickAnswer'] ?? 'Quick answer',
    ticketLink: strings['export.ticketLink'] ?? 'Link for tickets',
    webPage: strings['export.webPage'] ?? 'Web page',
    sources: strings['article.sources'] ?? 'Sources',
  };
}

/**
 * Writes the files that go with the article pages, straight into the build
 * rather than as Astro routes (each route costs about a millisecond and a
 * site has two of these per article):
 * - `articles/<slug>.md`: each article as Markdown, for agents and AI tools;
 * - a redirect page at every short link (`a/<id>/`), old slug and replaced
 *   retired article, for hosts that ignore `_redirects`;
 * - `_redirects` (Netlify / Cloudflare Pages) with the same mappings as 301s.
 * Redirect pages get their Content-Security-Policy here, as Astro's pages get theirs while rendered
 * (`securePage`); `security()`, after this, writes `_headers` from both.
 */
export function articleFiles(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321';
  /** The redirect pages and `_redirects` left to write after Astro's pages, and how many pages there are in all. */
  let redirectFiles = new Map<string, string>();
  let redirectCount = 0;
  const absolute = (path: string) => absoluteUrl(site, base, path);
  const otherLanguages = () => settings.languages.slice(1).map((l) => l.code);
  return {
    name: 'helpcenter:article-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      // The redirect pages of old slugs live in the `articles/` folders Pagefind reads, so they are written
      // with Astro's pages, before `searchStart()` lets it start; the rest with the Markdown exports.
      'astro:build:generated': async ({ dir }) => {
        const files = new Map<string, string>();
        // Started by `security()` when the build started.
        const site = sitePolicy();
        if (!site) throw new Error('the page policy was not started: list security() in the integrations of astro.config.mjs');
        const writePage = (path: string, html: string) => files.set(path, securePage(html, site));
        try {
          // The content check has passed, so every field below is there and of its type.
          const articles = readArticles();
          const titles = new Map(articles.map((a) => [paths.article(a.slug), String(a.data.title)]));
          const redirects = readRedirects(articles);
          const languages = otherLanguages();
          // Each other language's `<lang>/a/<id>/`: the short link that forces it.
          for (const lang of languages) {
            for (const article of articles) {
              const to = `${lang}/${paths.article(article.slug)}`;
              writePage(
                `${lang}/${shortPath(String(article.data.id))}/index.html`,
                redirectPage({ title: String(article.data.title), href: withBase(base, to), canonical: absolute(to) }),
              );
            }
          }
          // Only a short link opens the reader's language; an old slug is an English page's address.
          const languagesOf = (from: string, to: string) =>
            languages.length === 0 || !isShortPath(from) || !to.startsWith('articles/')
              ? undefined
              : Object.fromEntries([
                  [settings.languages[0]!.code, withBase(base, to)],
                  ...languages.map((lang) => [lang, withBase(base, `${lang}/${to}`)]),
                ]);
          for (const { from, to } of redirects) {
            writePage(
              `${from}/index.html`,
              redirectPage({
                title: titles.get(to) ?? 'Moved',
                href: withBase(base, to),
                canonical: absolute(to),
                languages: languagesOf(from, to),
              }),
            );
          }
          redirectCount = files.size;
          files.set('_redirects', redirectsFile(redirects, base, languages));
          const inArticleFolders = new Map([...files].filter(([path]) => /^([a-z]{2,3}\/)?articles\//.test(path)));
          await writeFiles(fileURLToPath(dir), inArticleFolders);
          redirectFiles = new Map([...files].filter(([path]) => !inArticleFolders.has(path)));
        } catch (error) {
          throw new Error(`Could not write the redirect pages: ${(error as Error).message}`, { cause: error });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const files = new Map<string, string>();
        try {
          const articles = readArticles();
          const articlesDir = articlesFolder();
          type Fields = { id: string; title: string; quickAnswer: string; sources?: unknown[] };
          /** One article's Markdown export; `lang` for a translation (its Markdown body is kept under `<lang>/<slug>`). */
          const exportOf = async (article: ArticleFile, folder: string, page: string, shortUrl: string, lang?: string) => {
            const data = article.data as Fields;
            const key = lang ? `${lang}/${article.slug}` : article.slug;
            // The content loader left each body's Markdown with its HTML; made here only if it is missing.
            const cached = markdownFiles.get(key);
            const body = cached
              ? readRendered(await readFile(cached, 'utf8'), cached).markdown
              : bodyMarkdown(article.source, article.tree!, article.source.length - article.body.length);
            const original = lang ? articles.find((a) => a.slug === article.slug) : undefined;
            const sources = ((original?.data as Fields | undefined)?.sources ?? data.sources ?? []).flatMap(
              (entry) => toSource(entry) ?? [],
            );
            return articleMarkdown(
              { title: data.title, quickAnswer: data.quickAnswer, sources, url: absolute(page), shortUrl },
              resolveAssets(resolveLinks(body, absolute), (path) => absolute(publishedMediaPath(folder, path))),
              lang ? exportLabels(lang) : undefined,
            );
          };
          // A few dozen at a time: each reads its body from the build cache, and one read awaited after another
          // kept the step waiting on the disk (5 s at 5,000 articles, past Astro's "Waiting for integration" notice).
          for (let start = 0; start < articles.length; start += 64) {
            const batch = articles.slice(start, start + 64);
            const texts = await Promise.all(
              batch.map((article) =>
                exportOf(article, articlesDir, paths.article(article.slug), absolute(shortPath(String(article.data.id)))),
              ),
            );
            batch.forEach((article, i) => files.set(`${paths.article(article.slug)}.md`, texts[i]!));
          }
          // Each other language: its translations as Markdown.
          for (const lang of otherLanguages()) {
            const folder = join(articlesDir, lang);
            for (const translation of existsSync(folder) ? readArticles(folder) : []) {
              const page = `${lang}/${paths.article(translation.slug)}`;
              const shortUrl = absolute(`${lang}/${shortPath(String(translation.data.id))}`);
              files.set(`${page}.md`, await exportOf(translation, folder, page, shortUrl, lang));
            }
          }
          await writeFiles(fileURLToPath(dir), new Map([...redirectFiles, ...files]));
          redirectFiles = new Map();
          logger.info(`${files.size} Markdown exports, ${redirectCount} redirect pages and _redirects written`);
        } catch (error) {
          throw new Error(`Could not write the Markdown exports and redirects: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}

/** Writes `files` (path in `out` → text), a few dozen at a time. */
async function writeFiles(out: string, files: Map<string, string>): Promise<void> {
  const entries = [...files];
  for (let start = 0; start < entries.length; start += 64) {
    await Promise.all(
      entries.slice(start, start + 64).map(async ([path, text]) => {
        await mkdir(dirname(join(out, path)), { recursive: true });
        await writeFile(join(out, path), text);
      }),
    );
  }
}
