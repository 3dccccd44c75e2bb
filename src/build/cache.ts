import { join, relative, resolve } from 'node:path';

/**
 * Astro's cache folder (its content store lives there). `HELPCENTER_CACHE`
 * points a build at another one: the tests build fixture sites side by side.
 */
export const cacheDir = process.env.HELPCENTER_CACHE ?? './node_modules/.astro';

/**
 * Where the article loader keeps each article as rendered, one file per version
 * (`<digest>.rendered`: its HTML and its Markdown body, see `renderedFile`).
 * Astro inlines its whole content store into the server bundle, so the HTML is
 * kept out of it: at 5,000 articles the store would be about 90 MB of
 * JavaScript to bundle and hold in memory.
 */
export const renderedDir = resolve(join(cacheDir, 'helpcenter-rendered'));

/**
 * One file for an article's HTML and its Markdown body: the Markdown's length, a line break, the
 * Markdown, then the HTML. One file rather than two: creating a file is most of what writing one
 * costs on a busy disk, and a cold build writes one per article.
 */
export function renderedFile(parts: { html: string; markdown: string }): string {
  return `${parts.markdown.length}\n${parts.markdown}${parts.html}`;
}

/** The HTML and the Markdown body in `text`, written by `renderedFile` and read from `file`. */
export function readRendered(text: string, file: string): { html: string; markdown: string } {
  const newline = text.indexOf('\n');
  const length = Number(text.slice(0, newline));
  if (newline < 0 || !Number.isInteger(length) || length > text.length)
    throw new Error(
      `${file} is not a rendered article file: delete the build cache (${relative(process.cwd(), renderedDir)}/) and build again`,
    );
  const start = newline + 1;
  return { markdown: text.slice(start, start + length), html: text.slice(start + length) };
}

const MARKDOWN_KEY = Symbol.for('helpcenter.markdown-files');

/**
 * Where the content loader left each article's Markdown body (by slug): its
 * file in `renderedDir` (`readRendered`), for the `.md` exports written after the
 * build (`integrations/article-files.ts`). The loader and the integrations are
 * separate module instances, so the map lives on `globalThis`.
 */
export const markdownFiles: Map<string, string> = ((globalThis as Record<symbol, unknown>)[MARKDOWN_KEY] ??= new Map<
  string,
  string
>()) as Map<string, string>;
