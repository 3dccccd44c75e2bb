import { settings } from '../content/files';
import { checkStrings, createTranslator, formatDateIn, langOfPath, pathInLang, type StringTable } from '../shared/i18n';
import type english from '../i18n/en.json';

/** A key of the interface strings (`src/i18n/en.json` is the reference). */
export type StringKey = keyof typeof english;

/** The site's languages, the default first (`content/site.json` `languages`). */
export const languages = settings.languages;
/** The default language's code (served at the root). */
export const defaultLang = languages[0]!.code;
/** The codes of the other languages, each served under `/<code>/`. */
export const otherLanguages = languages.slice(1).map((l) => l.code);

/**
 * The `getStaticPaths` of a page under `src/pages/[lang]/`: each of the default language's `paths`
 * (a page without parameters has one, `{}`) once per other language. None on a one-language site.
 */
export function inOtherLanguages<P extends { params?: Record<string, string | undefined> }>(
  paths: readonly P[] = [{} as P],
): (P & { params: { lang: string } })[] {
  return otherLanguages.flatMap((lang) => paths.map((path) => ({ ...path, params: { ...path.params, lang } })));
}

// Every strings file, bundled at build time: `src/i18n/<lang>.json`.
const stringFiles = import.meta.glob<StringTable>('../i18n/*.json', { eager: true, import: 'default' });

// English is the reference every other file is checked against, whatever the default language.
function loadTables(): Record<string, StringTable> {
  const files = ['en', ...languages.map((l) => l.code).filter((c) => c !== 'en')].map((lang) => ({
    lang,
    file: `src/i18n/${lang}.json`,
    strings: stringFiles[`../i18n/${lang}.json`],
  }));
  const problems = checkStrings(files);
  if (problems.length > 0) {
    const error = new Error(
      `${problems.length} interface string ${problems.length === 1 ? 'problem' : 'problems'}; fix and build again (see docs/i18n.md):\n${problems.map((p) => `  ✗ ${p}`).join('\n')}`,
    );
    error.stack = '';
    throw error;
  }
  return Object.fromEntries(files.map((f) => [f.lang, f.strings!]));
}

const translator = createTranslator<StringKey>(loadTables());

/** The interface string `key` in `lang`, placeholders filled: `t('hi', 'tag.title', { label })`. */
export const t = translator.t;
/** A counted phrase by the language's plural rules: `plural('en', 'count.articles', 3)` is "3 articles". */
export const plural = translator.plural;

/** A date as the page's language writes it. */
export const formatDate = (lang: string, date: Date) => formatDateIn(lang, date);

const base = import.meta.env.BASE_URL;
const sitePath = (url: URL) => (url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname);

/** The language of the page at `url` (`Astro.url`): its `/<code>/` prefix, else the default. */
export const pageLang = (url: URL) => langOfPath(sitePath(url), languages);

/** The site-relative path of the page at `url` in `lang`. */
export const pagePathIn = (url: URL, lang: string) => pathInLang(sitePath(url), lang, languages);

/** The other languages' description of the site, else the default one. */
export const siteDescription = (lang: string) => languages.find((l) => l.code === lang)?.description ?? settings.description;

/** `path` (site-relative, default language) in `lang`: `articles/x` → `hi/articles/x`. */
export const inLang = (lang: string, path: string) => pathInLang(path, lang, languages);
