import { getCollection, type CollectionEntry } from 'astro:content';
import type { Article, Site } from '../content/site-model';
import { isOutdated, translationStatus, type TranslationStatus } from '../content/translations';
import { defaultLang, languages } from './i18n';
import { getSite } from './site';

/** An article as a language shows it: its translation, or the English article as a fallback. */
export interface LocalArticle extends Article {
  /** The language of the text: `lang` of the page when translated, else the default. */
  textLang: string;
  /** The English article's `updated` is later than the translation's. */
  outdated: boolean;
  /** The collection entry holding the rendered body. */
  entry: CollectionEntry<'articles'>;
}

/** A site as one language shows it: the same structure, with translated articles where there are some. */
export interface LocalSite extends Omit<Site, 'articles' | 'bySlug' | 'categories' | 'mostLinked'> {
  lang: string;
  articles: LocalArticle[];
  bySlug: ReadonlyMap<string, LocalArticle>;
  categories: (Site['categories'][number] & { articles: LocalArticle[] })[];
  mostLinked: LocalArticle[];
  /** The English article's collection entry (a translation's pages compare their anchors with it). */
  englishEntry: (slug: string) => CollectionEntry<'articles'>;
}

const cache = new Map<string, Promise<LocalSite>>();

/** The site in `lang`, built and checked once per build. */
export function getLocalSite(lang: string): Promise<LocalSite> {
  let site = cache.get(lang);
  if (!site) cache.set(lang, (site = load(lang)));
  return site;
}

async function entries(lang: string): Promise<CollectionEntry<'articles'>[]> {
  const name = lang === defaultLang ? 'articles' : `articles-${lang}`;
  // Translation collections are declared per language in src/content.config.ts, so their names are not literal types.
  return (await getCollection(name as 'articles')) as CollectionEntry<'articles'>[];
}

async function load(lang: string): Promise<LocalSite> {
  const site = await getSite();
  const english = await entries(defaultLang);
  const englishBySlug = new Map(english.map((e) => [e.id, e]));
  const translated = lang === defaultLang ? [] : await entries(lang);
  // Every translation passed the content check (translation-of) before any page is built.
  const translations = new Map(translated.map((e) => [e.id, e]));
  const local = (article: Article): LocalArticle => {
    const translation = translations.get(article.slug);
    if (!translation) return { ...article, textLang: defaultLang, outdated: false, entry: englishBySlug.get(article.slug)! };
    return {
      ...article,
      // Category, tags, related and sources stay the English article's: the two pages have one structure.
      data: { ...translation.data, category: article.data.category, sources: article.data.sources },
      textLang: lang,
      outdated: isOutdated(article, { ...article, data: translation.data }),
      entry: translation,
    };
  };
  const articles = site.articles.map(local);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    ...site,
    lang,
    articles,
    bySlug,
    categories: site.categories.map((c) => ({ ...c, articles: c.articles.map((a) => bySlug.get(a.slug)!) })),
    mostLinked: site.mostLinked.map((a) => bySlug.get(a.slug)!),
    englishEntry: (slug) => englishBySlug.get(slug)!,
  };
}

/** Translated, missing and outdated articles of every language but the default. */
export async function allTranslationStatus(): Promise<TranslationStatus[]> {
  const site = await getSite();
  return Promise.all(
    languages.slice(1).map(async ({ code }) => {
      const translated = await entries(code);
      return translationStatus(
        code,
        site.articles,
        translated.map((e) => ({ slug: e.id, file: e.filePath ?? e.id, data: e.data })),
      );
    }),
  );
}
