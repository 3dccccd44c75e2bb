import { defineCollection } from 'astro:content';
import { categories, contentDir } from './content-files';
import { articleSchema } from './lib/schema/article';
import { articleLoader } from './loaders/articles';

/** Every `content/articles/<slug>.mdx`, checked and rendered once (see `articleLoader`); files starting with `_` are skipped. */
const articles = defineCollection({
  loader: articleLoader({ folder: `${contentDir}/articles`, categoriesFile: `${contentDir}/categories.json` }),
  schema: articleSchema(categories.map((c) => c.slug)),
});

export const collections = { articles };
