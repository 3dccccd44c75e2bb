import type { APIRoute } from 'astro';
import { exportArticle } from '../data/exports';
import { defaultLang, languages } from '../data/i18n';
import { getSite } from '../data/site';
import { getLocalSite } from '../data/translations';
import { absolute } from '../data/urls';
import { articlesJson, type ArticleTranslationJson } from '../render/exports';
import { paths } from '../shared/urls';

/** `/articles.json`: every article's id, title, URLs, quick answer, category, tags, related ids and date; with several languages, its language and translations. */
export const GET: APIRoute = async () => {
  const site = await getSite();
  const others = await Promise.all(languages.slice(1).map((l) => getLocalSite(l.code)));
  const translationsOf = (slug: string) => {
    const found: Record<string, ArticleTranslationJson> = {};
    for (const local of others) {
      const article = local.bySlug.get(slug);
      if (!article || article.textLang !== local.lang) continue;
      const page = `${local.lang}/${paths.article(slug)}`;
      found[local.lang] = {
        title: article.data.title,
        url: absolute(page),
        markdownUrl: absolute(`${page}.md`),
        outdated: article.outdated,
      };
    }
    return found;
  };
  const several = languages.length > 1;
  const body = articlesJson(
    site.articles.map((a) => ({
      ...exportArticle(site, a),
      ...(several ? { language: defaultLang, translations: translationsOf(a.slug) } : {}),
    })),
  );
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
