/**
 * Translations of articles: the rules a translation must keep (an English
 * article with the same slug, the same `id`) and where each language stands
 * (translated, missing, outdated). Pure: the loaders hand the articles over.
 */
import { FILE_START, type Place, type Problem } from '../lint/problems';

/** The little of an article these rules need. */
export interface TranslatableArticle {
  /** File name without `.mdx`. */
  slug: string;
  /** Path relative to the project root, for messages. */
  file: string;
  data: { id: string; title: string; updated: Date };
}

/** Where one language stands. Lists hold slugs, sorted. */
export interface TranslationStatus {
  lang: string;
  /** Translated and at least as recent as the English article. */
  translated: string[];
  /** No translation: the language's page shows the English article. */
  missing: string[];
  /** Translated, but the English article's `updated` is later than the translation's. */
  outdated: string[];
}

/** What the translation rule needs of an article: its slug, file, id and, if known, where its `id` is written. */
export interface TranslationIdentity {
  slug: string;
  file: string;
  data: { id: string };
  /** Where `id:` is written in the file; the file's start when not given. */
  idPlace?: Place | undefined;
}

/**
 * Every translation that breaks a rule (`translation-of`): no English article of that slug, or a
 * different `id`. One rule for the content check and the pages.
 */
export function checkTranslations(
  english: readonly TranslationIdentity[],
  translations: readonly TranslationIdentity[],
  englishFolder: string,
): Problem[] {
  const bySlug = new Map(english.map((a) => [a.slug, a]));
  const problems: Problem[] = [];
  for (const translation of translations) {
    const original = bySlug.get(translation.slug);
    if (!original) {
      problems.push({
        file: translation.file,
        ...FILE_START,
        rule: 'translation-of',
        message: `no English article ${englishFolder}/${translation.slug}.mdx for this translation`,
        fix: 'give the translation the file name of its English article, or write the English article first',
      });
    } else if (String(original.data.id) !== String(translation.data.id)) {
      problems.push({
        file: translation.file,
        ...(translation.idPlace ?? FILE_START),
        rule: 'translation-of',
        message: `id "${translation.data.id}" differs from "${original.data.id}" in ${original.file}`,
        fix: `keep the English article's id: id: "${original.data.id}"`,
      });
    }
  }
  return problems;
}

/** A translation is outdated when its English article was updated on a later day. */
export const isOutdated = (english: TranslatableArticle, translation: TranslatableArticle) =>
  english.data.updated.getTime() > translation.data.updated.getTime();

/** Translated, missing and outdated articles of `lang`. */
export function translationStatus(
  lang: string,
  english: readonly TranslatableArticle[],
  translations: readonly TranslatableArticle[],
): TranslationStatus {
  const bySlug = new Map(translations.map((a) => [a.slug, a]));
  const status: TranslationStatus = { lang, translated: [], missing: [], outdated: [] };
  for (const article of [...english].sort((a, b) => a.slug.localeCompare(b.slug))) {
    const translation = bySlug.get(article.slug);
    if (!translation) status.missing.push(article.slug);
    else if (isOutdated(article, translation)) status.outdated.push(article.slug);
    else status.translated.push(article.slug);
  }
  return status;
}

/** One line per language, e.g. "hi: 5 translated, 1 outdated, 7 missing of 13". */
export function statusLine(statuses: readonly TranslationStatus[]): string {
  return statuses
    .map((s) => {
      const total = s.translated.length + s.outdated.length + s.missing.length;
      return `${s.lang}: ${s.translated.length} translated, ${s.outdated.length} outdated, ${s.missing.length} missing of ${total}`;
    })
    .join('; ');
}

/** The report of `npm run translations`: per language, a summary line, then the outdated and missing articles. */
export function formatTranslationReport(statuses: readonly TranslationStatus[]): string {
  if (statuses.length === 0) return 'The site has one language: nothing to translate (add languages in content/site.json).';
  return statuses
    .map((s) => {
      const lines = [statusLine([s])];
      if (s.outdated.length > 0) lines.push(`  outdated (the English article changed since): ${s.outdated.join(', ')}`);
      if (s.missing.length > 0) lines.push(`  missing (shown in English): ${s.missing.join(', ')}`);
      if (s.translated.length > 0) lines.push(`  translated: ${s.translated.join(', ')}`);
      return lines.join('\n');
    })
    .join('\n\n');
}
