import { isoDate } from '../shared/text';

/** What the machine-readable exports need of an article. */
export interface ExportArticle {
  id: string;
  slug: string;
  title: string;
  quickAnswer: string;
  category: string;
  tags: readonly string[];
  related: readonly string[];
  /** Ids of the related articles, in order. */
  relatedIds: readonly string[];
  updated: Date;
  /** Last check against the product, when the article gives one. */
  reviewed?: Date | undefined;
  /** Team or address that keeps the article true, when named. */
  owner?: string | undefined;
  /** Absolute URL of the article page. */
  url: string;
  /** Absolute short link. */
  shortUrl: string;
  /** Absolute URL of the article as Markdown. */
  markdownUrl: string;
  /** The article's language code, when the site has several. */
  language?: string;
  /** Its translations by language code, when the site has several. */
  translations?: Record<string, ArticleTranslationJson>;
}

/** One entry of `/articles.json`. */
export interface ArticleJson {
  id: string;
  slug: string;
  title: string;
  url: string;
  shortUrl: string;
  markdownUrl: string;
  quickAnswer: string;
  category: string;
  tags: string[];
  related: string[];
  updated: string;
  /** Last check against the product as YYYY-MM-DD; null when the article gives none. */
  reviewed: string | null;
  /** Team or address that keeps the article true; null when none is named. */
  owner: string | null;
  /** The article's language code (sites with several languages only). */
  language?: string;
  /** Its translations by language code (sites with several languages only). */
  translations?: Record<string, ArticleTranslationJson>;
}

/** A translation of an article as `/articles.json` lists it. */
export interface ArticleTranslationJson {
  title: string;
  url: string;
  markdownUrl: string;
  /** The English article was updated after the translation. */
  outdated: boolean;
}

/** `/articles.json`: every article, sorted by id, with dates as YYYY-MM-DD and related articles as ids, and who checks each and when it was last checked. */
export function articlesJson(articles: readonly ExportArticle[]): { articles: ArticleJson[] } {
  return {
    articles: [...articles]
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))
      .map((a) => ({
        id: a.id,
        slug: a.slug,
        title: a.title,
        url: a.url,
        shortUrl: a.shortUrl,
        markdownUrl: a.markdownUrl,
        quickAnswer: a.quickAnswer,
        category: a.category,
        tags: [...a.tags],
        related: [...a.relatedIds],
        updated: isoDate(a.updated),
        reviewed: a.reviewed ? isoDate(a.reviewed) : null,
        owner: a.owner ?? null,
        ...(a.language ? { language: a.language } : {}),
        ...(a.translations ? { translations: a.translations } : {}),
      })),
  };
}

/**
 * `/llms.txt` (https://llmstxt.org): the site's name and description, then one
 * list per category of its articles' Markdown versions with their quick answers.
 */
export function llmsTxt(
  site: { name: string; description: string },
  categories: readonly { title: string; articles: readonly ExportArticle[] }[],
  /** Translated articles per other language, listed after the categories under the language's name. */
  translations: readonly { label: string; code: string; articles: readonly ExportArticle[] }[] = [],
): string {
  const lines = [`# ${site.name}`, '', `> ${site.description}`, ''];
  for (const category of categories) {
    if (category.articles.length === 0) continue;
    lines.push(`## ${category.title}`, '');
    for (const a of category.articles) lines.push(`- [${a.title}](${a.markdownUrl}): ${a.quickAnswer}`);
    lines.push('');
  }
  for (const language of translations) {
    if (language.articles.length === 0) continue;
    lines.push(`## ${language.label} (${language.code})`, '');
    for (const a of language.articles) lines.push(`- [${a.title}](${a.markdownUrl}): ${a.quickAnswer}`);
    lines.push('');
  }
  return lines.join('\n');
}
