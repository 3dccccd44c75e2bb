import { defineMiddleware } from 'astro:middleware';
import { securePage, sitePolicy } from './build/csp';
import { throwDevProblems } from './lint/dev-problems';

/**
 * A build: each page gets its Content-Security-Policy as it is rendered (see
 * `securePage`), so the finished pages are never read and written again.
 *
 * `astro dev`: while a saved article has content problems, every page shows
 * them in Astro's error overlay (file:line, message, fix) instead of quietly
 * serving the last good version.
 */
export const onRequest = defineMiddleware(async (_context, next) => {
  // Started by `security()` when a build starts; `import.meta.env.DEV` cannot tell (a build run with NODE_ENV=test sets it).
  const site = sitePolicy();
  if (!site) {
    if (import.meta.env.DEV) throwDevProblems();
    return next();
  }
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = securePage(await response.text(), site);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
