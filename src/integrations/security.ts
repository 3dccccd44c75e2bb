import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicy, headersFile, inlineScriptHashes, withCspMeta } from '../lib/csp';

/**
 * After the build, gives every HTML page a Content-Security-Policy meta tag
 * that allows exactly its own inline scripts by hash, and writes `_headers`
 * with the site-wide policy and the usual hardening headers.
 */
export function security(): AstroIntegration {
  return {
    name: 'helpcenter:security',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html')).sort();
        const allHashes = new Set<string>();
        for (const file of files) {
          const path = join(root, file);
          const html = await readFile(path, 'utf8');
          const hashes = inlineScriptHashes(html);
          hashes.forEach((h) => allHashes.add(h));
          await writeFile(path, withCspMeta(html, contentSecurityPolicy(hashes)));
        }
        await writeFile(join(root, '_headers'), headersFile(contentSecurityPolicy([...allHashes].sort(), { forHeader: true })));
        logger.info(`Content-Security-Policy added to ${files.length} pages; _headers written.`);
      },
    },
  };
}
