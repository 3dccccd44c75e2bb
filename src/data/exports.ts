import type { ExportArticle } from '../render/exports';
import type { Article, Site } from '../content/site-model';
import { articleUrls } from './urls';

/** An article with the absolute URLs and related ids the exports list. */
export function exportArticle(site: Site, article: Article): ExportArticle {
  return {
    id: article.data.id,
    slug: article.slug,
    title: article.data.title,
    quickAnswer: article.data.quickAnswer,
    category: article.data.category,
    tags: article.tags,
    related: article.related,
    relatedIds: article.related.map((slug) => site.bySlug.get(slug)!.data.id),
    updated: article.data.updated,
    reviewed: article.data.reviewed,
    owner: article.data.owner,
    ...articleUrls(article),
  };
}
