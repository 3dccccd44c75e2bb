import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { markdownFiles } from '../build-cache';
import { articlesFolder, readArticles, readRedirects } from '../content-articles';
import { articleMarkdown, bodyMarkdown, resolveAssets, resolveLinks } from '../lib/markdown-export';
import { toSource } from '../lib/sources';
import { publishedMediaPath } from './media';
import { redirectPage, redirectsFile, shortPath } from '../lib/redirects';
import { absoluteUrl, paths, withBase } from '../lib/urls';

/**
 * Writes the files that go with the article pages, straight into the build
 * rather than as Astro routes (each route costs about a millisecond and a
 * site has two of these per article):
 * - `articles/<slug>.md`: each article as Markdown, for agents and AI tools;
 * - a redirect page at every short link (`a/<id>/`), old slug and replaced
 *   retired article, for hosts that ignore `_redirects`;
 * - `_redirects` (Netlify / Cloudflare Pages) with the same mappings as 301s.
 * Runs before `security()`, which gives the redirect pages their policy.
 */
export function articleFiles(): AstroIntegration {
  let base = '/';
  let site = 'http://localhost:4321';
  return {
    name: 'helpcenter:article-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
        site = config.site ?? site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const files = new Map<string, string>();
        const write = (path: string, text: string) => files.set(path, text);
        try {
          // The content check has passed, so every field below is there and of its type.
          const articles = readArticles();
          const articlesDir = articlesFolder();
          const absolute = (path: string) => absoluteUrl(site, base, path);
          for (const article of articles) {
            const page = paths.article(article.slug);
            const data = article.data as { id: string; title: string; quickAnswer: string; sources?: unknown[] };
            // The content loader left each body's Markdown beside its HTML; made here only if it is missing.
            const cached = markdownFiles.get(article.slug);
            const body = cached
              ? await readFile(cached, 'utf8')
              : bodyMarkdown(article.source, article.tree!, article.source.length - article.body.length);
            const markdown = articleMarkdown(
              {
                title: data.title,
                quickAnswer: data.quickAnswer,
                sources: (data.sources ?? []).flatMap((entry) => toSource(entry) ?? []),
                url: absolute(page),
                shortUrl: absolute(shortPath(String(data.id))),
              },
              resolveAssets(resolveLinks(body, absolute), (path) => absolute(publishedMediaPath(articlesDir, path))),
            );
            write(`${page}.md`, markdown);
          }
          const titles = new Map(articles.map((a) => [paths.article(a.slug), String(a.data.title)]));
          const redirects = readRedirects(articles);
          for (const { from, to } of redirects) {
            write(
              `${from}/index.html`,
              redirectPage({ title: titles.get(to) ?? 'Moved', href: withBase(base, to), canonical: absolute(to) }),
            );
          }
          write('_redirects', redirectsFile(redirects, base));
          const entries = [...files];
          for (let start = 0; start < entries.length; start += 64) {
            await Promise.all(
              entries.slice(start, start + 64).map(async ([path, text]) => {
                await mkdir(dirname(join(out, path)), { recursive: true });
                await writeFile(join(out, path), text);
              }),
            );
          }
          logger.info(`${articles.length} Markdown exports, ${redirects.length} redirect pages and _redirects written`);
        } catch (error) {
          throw new Error(`Could not write the Markdown exports and redirects: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}
