/**
 * `npm run lint:content` in one call, so its script loads the check's code
 * once: the content check (`checkContent`), then the render pass over the
 * articles that passed it (`checkRendering`), both remembering their results
 * in the build's cache folder, as a build does.
 */
import { join } from 'node:path';
import { cacheDir } from '../build/cache';
import { contentDir } from '../content/files';
import { checkContent } from './check-content';
import { checkRendering, type ArticleRendererModule, type RenderCheck } from './check-rendering';

export { formatReport } from './problems';

/**
 * Every problem the build would reject in the content folder (`HELPCENTER_CONTENT`),
 * for a site under `base`; `loadRenderer` as `checkRendering` takes it.
 */
export async function lintContent(options: {
  base?: string;
  loadRenderer: () => Promise<ArticleRendererModule>;
}): Promise<RenderCheck & { contentDir: string }> {
  const checked = checkContent(contentDir, { cacheFile: join(cacheDir, 'helpcenter-lint.json') });
  const result = await checkRendering(contentDir, checked, {
    base: options.base ?? '/',
    cacheFile: join(cacheDir, 'helpcenter-render-check.json'),
    loadRenderer: options.loadRenderer,
  });
  return { ...result, contentDir };
}
