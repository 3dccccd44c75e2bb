import { writeFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readRedirects } from '../content-redirects';
import { redirectsFile } from '../lib/redirects';
import { withBase } from '../lib/urls';

/**
 * Writes `_redirects` (Netlify / Cloudflare Pages) into the build: every short
 * link, old slug and replaced retired article as a 301, the same mappings the
 * static redirect pages hold for other hosts.
 */
export function redirects(): AstroIntegration {
  let base = '/';
  return {
    name: 'helpcenter:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        try {
          const list = readRedirects();
          writeFileSync(new URL('_redirects', dir), redirectsFile(list, base));
          logger.info(`_redirects: ${list.length} redirects`);
        } catch (error) {
          throw new Error(`Could not write _redirects: ${(error as Error).message}`, { cause: error });
        }
      },
    },
  };
}

/** True for pages that only redirect (short links, old slugs), which the sitemap leaves out. */
export function isRedirectPage(base: string): (page: string) => boolean {
  let paths: Set<string> | undefined;
  return (page) => {
    paths ??= new Set(readRedirects().map((r) => withBase(base, r.from)));
    return paths.has(new URL(page).pathname);
  };
}
