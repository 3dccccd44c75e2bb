import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentDir } from '../content/files';
import { ContentError } from '../lint/problems';
import type { Article, Site } from '../content/site-model';
import { isOutdated, readNames, translationStatus, type LocalNames, type TranslationStatus } from '../content/translations';
import type { Tag } from '../content/tags';
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

/** A tag as a language shows it: its name in that language, else the English one with `lang` "en". */
export interface LocalTag extends Tag {
  /** The language of `label` when it is not the page's (an untranslated name), for `lang=""`. */
  lang?: string | undefined;
}

/** A site as one language shows it: the same structure, with translated articles where there are some. */
export interface LocalSite extends Omit<Site, 'articles' | 'bySlug' | 'categories' | 'mostLinked' | 'tags'> {
  lang: string;
  articles: LocalArticle[];
  bySlug: ReadonlyMap<string, LocalArticle>;
  /** Titles and descriptions in the language (`content/names.<lang>.json`), else English with `lang` "en". */
  categories: (Site['categories'][number] & { articles: LocalArticle[]; lang?: string | undefined })[];
  /** Names in the language where translated; slugs (and URLs) are the same in every language. */
  tags: LocalTag[];
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
  const names = localNames(lang, site);
  const articles = site.articles.map(local);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    ...site,
    lang,
    articles,
    bySlug,
    categories: site.categories.map((c) => ({
      ...c,
      ...(names.categories[c.slug] ?? (lang === defaultLang ? {} : { lang: defaultLang })),
      articles: c.articles.map((a) => bySlug.get(a.slug)!),
    })),
    tags: site.tags
      .map((tag) => {
        const label = names.tags[tag.slug];
        return label ? { ...tag, label } : lang === defaultLang ? tag : { ...tag, lang: defaultLang };
      })
      .sort((a, b) => a.label.localeCompare(b.label, lang, { sensitivity: 'base' }) || a.slug.localeCompare(b.slug)),
    mostLinked: site.mostLinked.map((a) => bySlug.get(a.slug)!),
    englishEntry: (slug) => englishBySlug.get(slug)!,
  };
}

/** The names of categories and tags in `lang` (`<contentDir>/names.<lang>.json`; none when absent or for the default). */
function localNames(lang: string, site: Site): LocalNames {
  const file = join(contentDir, `names.${lang}.json`);
  if (lang === defaultLang || !existsSync(file)) return { categories: {}, tags: {} };
  const known = { categories: site.categories.map((c) => c.slug), tags: site.tags.map((t) => t.slug) };
  const { names, problems } = readNames(readFileSync(file, 'utf8'), file, known);
  if (problems.length > 0) throw new ContentError(problems);
  return names;
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
