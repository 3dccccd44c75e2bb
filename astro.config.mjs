// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cacheDir } from './src/build/cache.ts';
import { contentLint } from './src/build/content-lint.ts';
import { articleFiles } from './src/build/article-files.ts';
import { media } from './src/build/media.ts';
import { reviewReminder } from './src/build/review-summary.ts';
import { searchStart } from './src/build/search-start.ts';
import { security } from './src/build/security.ts';
import { contentCollections } from './src/content/collections.ts';
import { shareContentCollections } from './src/content/shared-collections.ts';

const base = process.env.BASE_PATH ?? '/';

// Node itself loaded this file (`npm run build`, see scripts/typescript-imports.mjs): the content config
// (src/content.config.ts), which Astro loads through Vite, takes its collections from this instance rather than
// loading their modules a second time. Loaded through Vite (`astro dev`), the config's runner closes once the
// config is read, and the content config loads its own.
if (import.meta.env === undefined) shareContentCollections(contentCollections);

/**
 * Rolldown warns about Astro's own `"use astro:head-inject"` marker in every
 * MDX file; it is harmless and drowns real warnings, so it is dropped.
 * @returns {import('vite').Plugin}
 */
function quietHeadInjectWarning() {
  return {
    name: 'helpcenter:quiet-head-inject-warning',
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('astro:head-inject')) return false;
      return undefined;
    },
  };
}

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  // The tests build fixture sites side by side; each gets its own output and cache.
  outDir: process.env.HELPCENTER_OUT ?? 'dist',
  cacheDir,
  // Pages are rendered a few at a time: while one waits for its file to be created (a millisecond or more on a
  // busy disk), the next renders. 2.3 s instead of 3.2 s for the 2,103 pages of 1,000 articles; the same bytes.
  build: { format: 'directory', concurrency: 16 },
  server: { port: 4321 },
  devToolbar: { enabled: false },
  // Articles are rendered by their content loader (src/content/loader.ts), not by Astro's Markdown pipeline.
  markdown: { syntaxHighlight: false },
  // contentLint() checks the content (articles, synonyms) before anything is built; security() writes the
  // site-wide policy of every page written before it, so it stays last.
  integrations: [
    contentLint(),
    mdx(),
    // Each language's "not found" page (`/hi/404/`) is a page Astro builds, but not one to list.
    sitemap({ filter: (page) => !/\/404\/$/.test(new URL(page).pathname) }),
    articleFiles(),
    // After articleFiles(), which writes its redirect pages with Astro's pages: then Pagefind may start.
    searchStart(),
    media(),
    reviewReminder(),
    security(),
  ],
  vite: {
    plugins: [tailwindcss(), quietHeadInjectWarning()],
    // Scripts ship as files, never inline, so the Content-Security-Policy needs no hashes for them.
    build: { assetsInlineLimit: 0 },
  },
});
