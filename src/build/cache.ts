import { join, resolve } from 'node:path';

/**
 * Astro's cache folder (its content store lives there). `HELPCENTER_CACHE`
 * points a build at another one: the tests build fixture sites side by side.
 */
export const cacheDir = process.env.HELPCENTER_CACHE ?? './node_modules/.astro';

/**
 * Where the article loader keeps each article's rendered HTML, one file per
 * version (`<digest>.html`). Astro inlines its whole content store into the
 * server bundle, so the HTML is kept out of it: at 5,000 articles the store
 * would be about 90 MB of JavaScript to bundle and hold in memory.
 */
export const renderedHtmlDir = resolve(join(cacheDir, 'helpcenter-html'));

const MARKDOWN_KEY = Symbol.for('helpcenter.markdown-files');

/**
 * Where the content loader left each article's Markdown body (by slug), in
 * `renderedHtmlDir` beside its HTML, for the `.md` exports written after the
 * build (`integrations/article-files.ts`). The loader and the integrations are
 * separate module instances, so the map lives on `globalThis`.
 */
export const markdownFiles: Map<string, string> = ((globalThis as Record<symbol, unknown>)[MARKDOWN_KEY] ??= new Map<
  string,
  string
>()) as Map<string, string>;
