import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, startSitePolicy, type SitePolicy } from './csp';
import { feedbackOrigins } from '../feedback/config';

/**
 * Every page gets a Content-Security-Policy meta tag that allows exactly the
 * site's own inline scripts on it by hash (never an article's) and frames only
 * from the video players it embeds: Astro's pages as they are rendered
 * (`src/middleware.ts`), redirect pages as they are written (`article-files.ts`).
 * After the build this writes `_headers` with the site-wide policy, the union
 * of the pages', and the usual hardening headers.
 */
export function security(): AstroIntegration {
  let policy: SitePolicy | undefined;
  const start = () => startSitePolicy(feedbackOrigins(process.env.FEEDBACK_URL));
  return {
    name: 'helpcenter:security',
    hooks: {
      'astro:build:start': () => {
        policy = start();
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { connect, hashes, frames } = policy ?? start();
        await writeFile(
          join(fileURLToPath(dir), '_headers'),
          headersFile(
            // Both policies apply: the header admits the players of any page, each page's meta only its own.
            contentSecurityPolicy([...hashes].sort(), {
              forHeader: true,
              connect,
              frameSources: [...frames].sort(),
            }),
          ),
        );
        logger.info(`_headers written: the Content-Security-Policy of every page, and hardening headers.`);
      },
    },
  };
}
