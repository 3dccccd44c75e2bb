import type { APIRoute } from 'astro';
import { exportArticle } from '../data/exports';
import { getSite } from '../data/site';
import { articlesJson } from '../lib/exports';

/** `/articles.json`: every article's id, title, URLs, quick answer, category, tags, related ids and date. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const body = articlesJson(site.articles.map((a) => exportArticle(site, a)));
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
