import type { APIRoute } from 'astro';
import { exportArticle } from '../data/exports';
import { languages } from '../data/i18n';
import { getSite, settings } from '../data/site';
import { getLocalSite } from '../data/translations';
import { absolute } from '../data/urls';
import { llmsTxt } from '../render/exports';
import { paths } from '../shared/urls';

/** `/llms.txt`: the articles by category, each with its quick answer and a link to its Markdown; then each other language's translations. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const translations = await Promise.all(
    languages.slice(1).map(async ({ code, label }) => {
      const local = await getLocalSite(code);
      const articles = local.articles
        .filter((a) => a.textLang === code)
        .map((a) => {
          const page = `${code}/${paths.article(a.slug)}`;
          return { ...exportArticle(site, a), url: absolute(page), markdownUrl: absolute(`${page}.md`) };
        });
      return { code, label, articles };
    }),
  );
  const text = llmsTxt(
    settings,
    site.categories.map((c) => ({ title: c.title, articles: c.articles.map((a) => exportArticle(site, a)) })),
    translations,
  );
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
