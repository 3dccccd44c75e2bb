import type { APIRoute } from 'astro';
import { absolute } from '../data/urls';

/** `/robots.txt`: everything may be crawled; the sitemap says what there is. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute('sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
