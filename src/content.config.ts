import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { categories, contentDir } from './content-files';
import { articleSchema } from './lib/schema/article';

/** Every `content/articles/<slug>.mdx`; files starting with `_` are partials, not articles. */
const articles = defineCollection({
  loader: glob({
    pattern: ['*.mdx', '!_*.mdx'],
    base: `${contentDir}/articles`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: articleSchema(categories.map((c) => c.slug)),
});

export const collections = { articles };
