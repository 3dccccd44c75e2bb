import type { contentCollections as ContentCollections } from './collections';

const KEY = Symbol.for('helpcenter.content-collections');
const slot = globalThis as { [KEY]?: typeof ContentCollections };

/**
 * Astro loads `astro.config.mjs` with Node (`scripts/typescript-imports.mjs`) but the content config
 * (`src/content.config.ts`) through Vite, which would transform and load the collections, their schema, the
 * loader and all they import a second time. The config shares its instance here.
 */
export function shareContentCollections(collections: typeof ContentCollections): void {
  slot[KEY] = collections;
}

/** The collections the config shared, or, when the content config is loaded on its own (`astro dev`), its own. */
export async function sharedContentCollections(): Promise<typeof ContentCollections> {
  return slot[KEY] ?? (await import('./collections')).contentCollections;
}
