import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, frameSources, headersFile, inlineScriptHashes, withCspMeta } from './csp';
import { feedbackOrigins } from '../feedback/config';

/** Folders of the build that hold no pages: the bundled assets and the search index. */
const NO_PAGES = new Set(['_astro', 'pagefind']);

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return NO_PAGES.has(entry.name) ? [] : htmlFiles(path);
      return entry.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/**
 * After the build, gives every HTML page a Content-Security-Policy meta tag
 * that allows exactly the site's own inline scripts on it by hash (never an
 * article's) and frames only from the video players it embeds, and writes `_headers`
 * with the site-wide policy and the usual hardening headers.
 */
export function security(): AstroIntegration {
  return {
    name: 'helpcenter:security',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await htmlFiles(root)).sort();
        const allHashes = new Set<string>();
        const connect = feedbackOrigins(process.env.FEEDBACK_URL);
        const allFrames = new Set<string>();
        // A few files at a time: reading and writing overlap, and the process never holds every page at once.
        for (let start = 0; start < files.length; start += 32) {
          await Promise.all(
            files.slice(start, start + 32).map(async (path) => {
              const html = await readFile(path, 'utf8');
              const hashes = inlineScriptHashes(html);
              hashes.forEach((h) => allHashes.add(h));
              const frames = frameSources(html);
              frames.forEach((origin) => allFrames.add(origin));
              const policy = contentSecurityPolicy(hashes, { connect, frameSources: frames });
              await writeFile(path, withCspMeta(html, policy));
            }),
          );
        }
        await writeFile(
          join(root, '_headers'),
          headersFile(
            // Both policies apply: the header admits the players of any page, each page's meta only its own.
            contentSecurityPolicy([...allHashes].sort(), {
              forHeader: true,
              connect,
              frameSources: [...allFrames].sort(),
            }),
          ),
        );
        logger.info(`Content-Security-Policy added to ${files.length} pages; _headers written.`);
      },
    },
  };
}
