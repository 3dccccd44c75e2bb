import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { categories, contentDir, settings } from './content/files';
import { articleSchema } from './content/schema/article';
import type { ComponentWords } from './render/components';
import { articleLoader } from './content/loader';

/** The components' words in `lang`, from `src/i18n/<lang>.json` (`component.*`, `copy.problem`, `copy.action`). */
function componentWords(lang: string): ComponentWords {
  const strings = JSON.parse(readFileSync(`src/i18n/${lang}.json`, 'utf8')) as Record<string, string>;
  const word = (key: string) => strings[key] ?? '';
  return {
    note: word('component.note'),
    tip: word('component.tip'),
    warning: word('component.warning'),
    task: word('component.task'),
    where: word('component.where'),
    success: word('component.success'),
    seeNote: word('component.seeNote'),
    progress: word('component.progress'),
    resetChecklist: word('component.resetChecklist'),
    problem: word('copy.problem'),
    action: word('copy.action'),
    copyFix: word('component.copyFix'),
    video: word('component.video'),
    videoCaptions: word('component.videoCaptions'),
    videoDownload: word('component.videoDownload'),
    videoPlaysFrom: word('component.videoPlaysFrom'),
  };
}

/** Every `content/articles/<slug>.mdx`, checked and rendered once (see `articleLoader`); files starting with `_` are skipped. */
const articles = defineCollection({
  loader: articleLoader({ folder: `${contentDir}/articles`, categoriesFile: `${contentDir}/categories.json` }),
  schema: articleSchema(categories.map((c) => c.slug)),
});

/**
 * Translations: `content/articles/<lang>/<slug>.mdx` for each language after the
 * first in `content/site.json`, one collection `articles-<lang>` each; the slug
 * and `id` match the English article (checked in `src/data/translations.ts`).
 */
const translations = Object.fromEntries(
  settings.languages.slice(1).map(({ code }) => [
    `articles-${code}`,
    defineCollection({
      loader: articleLoader({
        folder: `${contentDir}/articles/${code}`,
        categoriesFile: `${contentDir}/categories.json`,
        optional: true,
        translation: { lang: code, words: componentWords(code) },
      }),
      schema: articleSchema(categories.map((c) => c.slug)),
    }),
  ]),
);

export const collections = { articles, ...translations };
