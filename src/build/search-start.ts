import type { AstroIntegration } from 'astro';

/** The message `scripts/build.mjs` waits for before it starts the search index. */
export const PAGES_FINAL = 'helpcenter:pages-final';

/**
 * Tells `scripts/build.mjs`, when it started this build, that every page in the article folders is
 * written and final: Astro's (each got its Content-Security-Policy while rendered) and the redirect
 * pages of old slugs (`articleFiles()`, listed before this). Pagefind then indexes the article pages
 * while Astro writes the Markdown exports and the sitemap. Started any other way (`astro build`), the
 * build has no one to tell.
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
