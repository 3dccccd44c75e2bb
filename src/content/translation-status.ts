/**
 * Where each language's translations stand, read straight from the files
 * (`content/articles/*.mdx` and `content/articles/<lang>/*.mdx`), for
 * `npm run translations` and the build's one-line summary.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { translationStatus, type TranslatableArticle, type TranslationStatus } from './translations';

function readArticles(folder: string): TranslatableArticle[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => name.endsWith('.mdx') && !name.startsWith('_'))
    .sort()
    .flatMap((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(folder, name), 'utf8'));
      const data = frontmatter as Record<string, unknown>;
      const updated = data.updated instanceof Date ? data.updated : new Date(String(data.updated));
      // Unreadable dates are the content lint's and the build's to report.
      if (Number.isNaN(updated.getTime())) return [];
      return [
        {
          slug: name.replace(/\.mdx$/, ''),
          file: relative(process.cwd(), join(folder, name)),
          data: { id: String(data.id ?? ''), title: String(data.title ?? name), updated },
        },
      ];
    });
}

/** Translated, missing and outdated articles of each of `languages` (codes, the default left out). */
export function readTranslationStatus(contentDir: string, languages: readonly string[]): TranslationStatus[] {
  const folder = join(contentDir, 'articles');
  const english = readArticles(folder);
  return languages.map((lang) => translationStatus(lang, english, readArticles(join(folder, lang))));
}
