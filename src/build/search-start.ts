import type { AstroIntegration } from 'astro';

/** The message `scripts/build.mjs` waits for before it starts the search index. */
export const PAGES_FINAL = 'helpcenter:pages-final';

/**
 * Tells `scripts/build.mjs`, when it started this build, that every page Astro renders is written and
 * final (each got its Content-Security-Policy while rendered), so Pagefind can index the article pages
 * while Astro writes the Markdown exports, redirect pages and sitemap. Started any other way
 * (`astro build`), the build has no one to tell.
 */
export function searchStart(): AstroIntegration {
  return {
    name: 'helpcenter:search-start',
    hooks: {
      'astro:build:generated': () => {
        process.send?.(PAGES_FINAL);
      },
    },
  };
}
