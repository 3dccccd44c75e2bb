import type { APIRoute, GetStaticPaths } from 'astro';
import { articleBody } from '../../data/exports';
import { getSite } from '../../data/site';
import { absolute, articleUrls } from '../../data/urls';
import { articleMarkdown } from '../../lib/markdown-export';
import type { Article } from '../../lib/site-model';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return site.articles.map((article) => ({ params: { slug: article.slug }, props: { article } }));
}) satisfies GetStaticPaths;

/** `/articles/<slug>.md`: the article as Markdown, components turned into tables and text. */
export const GET: APIRoute<{ article: Article }> = async ({ props: { article } }) => {
  const markdown = articleMarkdown(
    { title: article.data.title, quickAnswer: article.data.quickAnswer, sources: article.data.sources, ...articleUrls(article) },
    await articleBody(article.slug),
    { resolveLink: (path) => absolute(path) },
  );
  return new Response(markdown, { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
};
