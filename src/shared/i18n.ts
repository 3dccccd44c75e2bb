/**
 * Interface strings in several languages: a typed `t(lang, key, values)` over
 * one strings table per language, the check that every language has every key,
 * and the URL rules of the languages (the default at the root, the others under
 * `/<code>/`). Pure: the tables are passed in (see `src/data/i18n.ts`).
 */

/** One language's strings: key → text, with `{name}` placeholders. */
export type StringTable = Readonly<Record<string, string>>;

/** A language the site is published in (from `content/site.json`). */
export interface Language {
  /** BCP 47 code, e.g. "en" or "hi"; also the URL prefix of non-default languages. */
  code: string;
  /** The language's name in itself, e.g. "हिन्दी", for the language switch. */
  label: string;
}

/** A strings file and what it holds, for `checkStrings`. */
export interface StringsFile {
  /** The language code. */
  lang: string;
  /** Where the strings live, for messages, e.g. `src/i18n/hi.json`. */
  file: string;
  /** Its table, or undefined when the file does not exist. */
  strings: StringTable | undefined;
}

/**
 * Every problem of a set of strings files, one line each: a missing file, a key
 * of the reference (first) file missing in another, a key no reference has, a
 * placeholder the reference uses that the translation lacks. Empty when all is well.
 */
export function checkStrings(files: readonly StringsFile[]): string[] {
  const [reference, ...others] = files;
  if (!reference) return [];
  const problems: string[] = [];
  if (!reference.strings) return [`${reference.file}: missing; it holds the interface strings of "${reference.lang}"`];
  for (const other of others) {
    if (!other.strings) {
      problems.push(
        `${other.file}: missing; copy ${reference.file} to it and translate every value, or remove "${other.lang}" from content/site.json languages`,
      );
      continue;
    }
    for (const [key, text] of Object.entries(reference.strings)) {
      const translated = other.strings[key];
      if (translated === undefined || translated.trim() === '') {
        problems.push(`${other.file}: the string "${key}" is missing; add it (in ${reference.file}: ${JSON.stringify(text)})`);
        continue;
      }
      for (const name of placeholders(text)) {
        if (!translated.includes(`{${name}}`))
          problems.push(`${other.file}: the string "${key}" lacks the placeholder {${name}}; keep it in the translation`);
      }
    }
    for (const key of Object.keys(other.strings)) {
      if (!(key in reference.strings))
        problems.push(`${other.file}: the string "${key}" is not in ${reference.file}; remove it or add it there first`);
    }
  }
  return problems;
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);

/** Fills `{name}` placeholders; numbers are written the way `lang` writes them. */
export function fill(lang: string, text: string, values: Readonly<Record<string, string | number>> = {}): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/**
 * A translator over `tables` (language code → strings). `t(lang, key, values)` is
 * the text of `key` in `lang` with its placeholders filled; `plural(lang, key, n)`
 * picks `key.one`/`key.other` (…) by the language's plural rules.
 */
export function createTranslator<Key extends string>(tables: Readonly<Record<string, StringTable>>) {
  const table = (lang: string) => {
    const found = tables[lang];
    if (!found) throw new Error(`no interface strings for the language "${lang}"; add src/i18n/${lang}.json`);
    return found;
  };
  const t = (lang: string, key: Key, values?: Readonly<Record<string, string | number>>): string => {
    const text = table(lang)[key];
    if (text === undefined) throw new Error(`the interface string "${key}" is missing in src/i18n/${lang}.json`);
    return fill(lang, text, values);
  };
  const plural = (lang: string, key: string, count: number): string => {
    const strings = table(lang);
    const form = new Intl.PluralRules(lang).select(count);
    const text = strings[`${key}.${form}`] ?? strings[`${key}.other`];
    if (text === undefined) throw new Error(`the interface string "${key}.other" is missing in src/i18n/${lang}.json`);
    return fill(lang, text, { count });
  };
  return { t, plural };
}

/** A number as `lang` writes it, e.g. 1,00,000 in Indian English. */
export function formatNumber(lang: string, value: number): string {
  return new Intl.NumberFormat(locale(lang)).format(value);
}

/** A date as readers of `lang` in India write it, e.g. "25 November 2026" / "25 नवंबर 2026" (taken in UTC). */
export function formatDateIn(lang: string, date: Date): string {
  // Making a formatter costs far more than using one, and every page shows dates.
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, format);
  }
  return format.format(date);
}
const dateFormats = new Map<string, Intl.DateTimeFormat>();

// The readers are in India: Indian digit grouping and date order in every language.
const locale = (lang: string) => `${lang}-IN`;

/**
 * The language of a site-relative path (base path already removed): the first
 * segment when it is a non-default language's code, else the default.
 */
export function langOfPath(path: string, languages: readonly Language[]): string {
  const first = path.replace(/^\/+/, '').split('/')[0] ?? '';
  const found = languages.slice(1).find((l) => l.code === first);
  return (found ?? languages[0]!).code;
}

/** `path` (site-relative, in any language) moved to `lang`: `articles/x` → `hi/articles/x` and back. */
export function pathInLang(path: string, lang: string, languages: readonly Language[]): string {
  const clean = path.replace(/^\/+/, '');
  const current = langOfPath(clean, languages);
  const bare = current === languages[0]!.code ? clean : clean.slice(current.length).replace(/^\/+/, '');
  return lang === languages[0]!.code ? bare : bare === '' ? `${lang}/` : `${lang}/${bare}`;
}
