import type { articleLoader as ArticleLoader } from './loader';

const KEY = Symbol.for('helpcenter.article-loader');
const slot = globalThis as { [KEY]?: typeof ArticleLoader };

/**
 * Astro loads `astro.config.mjs` with Node (`scripts/typescript-imports.mjs`) but the content config
 * (`src/content.config.ts`) through Vite, which would transform and load the loader and all it imports a
 * second time: about 0.15 s of every build. The config shares its instance of the loader here.
 */
export function shareArticleLoader(loader: typeof ArticleLoader): void {
  slot[KEY] = loader;
}

/** The loader the config shared, or, when the content config is loaded on its own, one of its own. */
export async function sharedArticleLoader(): Promise<typeof ArticleLoader> {
  return slot[KEY] ?? (await import('./loader')).articleLoader;
}
