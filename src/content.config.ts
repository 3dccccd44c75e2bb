import { defineCollection } from 'astro:content';
import { sharedContentCollections } from './content/shared-collections';

/** The articles and each language's translations: see `src/content/collections.ts`. */
export const collections = (await sharedContentCollections())(defineCollection);
