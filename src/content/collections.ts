import type { defineCollection as DefineCollection } from 'astro:content';
import { categories, contentDir, settings } from './files';
import { articleSchema } from './schema/article';
import { componentWords } from '../build/component-words';
import { articleLoader } from './loader';

/**
 * The content collections (`src/content.config.ts` exports them), given Astro's `defineCollection`, which
 * exists only inside Vite (`astro:content`):
 * - `articles`: every `content/articles/<slug>.mdx`, checked and rendered once (see `articleLoader`); files
 *   starting with `_` are skipped;
 * - translations: `content/articles/<lang>/<slug>.mdx` for each language after the first in
 *   `content/site.json`, one collection `articles-<lang>` each; the slug and `id` match the English article
 *   (checked in `src/content/translations.ts`).
 */
export function contentCollections(defineCollection: typeof DefineCollection) {
  const schema = articleSchema(categories.map((c) => c.slug));
  const categoriesFile = `${contentDir}/categories.json`;
  const articles = defineCollection({ loader: articleLoader({ folder: `${contentDir}/articles`, categoriesFile }), schema });
  const translations = Object.fromEntries(
    settings.languages.slice(1).map(({ code }) => [
      `articles-${code}`,
      defineCollection({
        loader: articleLoader({
          folder: `${contentDir}/articles/${code}`,
          categoriesFile,
          optional: true,
          translation: { lang: code, words: componentWords(code) },
        }),
        schema,
      }),
    ]),
  );
  return { articles, ...translations };
}
