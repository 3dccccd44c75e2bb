import type { APIRoute } from 'astro';
import { exportArticle } from '../data/exports';
import { getSite, settings } from '../data/site';
import { llmsTxt } from '../lib/exports';

/** `/llms.txt`: the articles by category, each with its quick answer and a link to its Markdown. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const text = llmsTxt(
    settings,
    site.categories.map((c) => ({ title: c.title, articles: c.articles.map((a) => exportArticle(site, a)) })),
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
