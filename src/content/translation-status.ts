/**
 * Where each language's translations stand (`content/articles/*.mdx` against
 * `content/articles/<lang>/*.mdx`), for `npm run translations` and the build's
 * one-line summary. The articles come from the one reader (`./articles`), so a
 * build that has read them already does not open them again.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readArticles } from './articles';
import { translationStatus, type TranslatableArticle, type TranslationStatus } from './translations';

function translatable(folder: string): TranslatableArticle[] {
  if (!existsSync(folder)) return [];
  return readArticles(folder).flatMap((article) => {
    const data = article.data;
    const updated = data['updated'] instanceof Date ? data['updated'] : new Date(String(data['updated']));
    // Unreadable dates are the content lint's and the build's to report.
    if (Number.isNaN(updated.getTime())) return [];
    return [
      {
        slug: article.slug,
        file: article.file,
        data: { id: String(data['id'] ?? ''), title: String(data['title'] ?? article.slug), updated },
      },
    ];
  });
}

/** Translated, missing and outdated articles of each of `languages` (codes, the default left out). */
export function readTranslationStatus(contentDir: string, languages: readonly string[]): TranslationStatus[] {
  const folder = join(contentDir, 'articles');
  const english = translatable(folder);
  return languages.map((lang) => translationStatus(lang, english, translatable(join(folder, lang))));
}
