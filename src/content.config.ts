import { defineCollection } from 'astro:content';
import { categories, contentDir, settings } from './content/files';
import { articleSchema } from './content/schema/article';
import { componentWords } from './build/component-words';
import { sharedArticleLoader } from './content/loader-instance';

const articleLoader = await sharedArticleLoader();

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
