/**
 * The article renderer of a build: `createArticleRenderer` with the build's
 * diagram and media plugins. The content loader renders the site with it, and
 * the content check (`checkRendering`) renders with it too, so what only
 * rendering finds (a missing screenshot, a broken diagram, a link to a missing
 * anchor) is found by the same code in `npm run lint:content` and in a build.
 */
import { createArticleRenderer, type RenderedArticle } from '../render/article';
import type { ComponentWords } from '../render/components';
import type { ArticleTargets } from '../lint/anchor-links';
import { rehypeDiagrams } from './diagrams';
import { rehypeMedia } from './media';

/**
 * A renderer of the articles of one language. `root` is the project root,
 * `base` the path its pages live under (`/`, or `/hi/` for a translation), and
 * `siteBase` the site's base path, under which media files are published once
 * for every language.
 */
export function buildArticleRenderer(options: {
  root: string;
  base: string;
  siteBase: string;
  words?: ComponentWords | undefined;
}) {
  return createArticleRenderer({
    base: options.base,
    diagrams: rehypeDiagrams,
    media: [rehypeMedia, { root: options.root, base: options.siteBase }],
    ...(options.words ? { words: options.words } : {}),
  });
}

/** What the check of links between articles (`anchorLinkProblems`) needs of a rendered article. */
export function targetsOf(slug: string, path: string, rendered: RenderedArticle): ArticleTargets {
  return { slug, path, ids: rendered.ids, anchors: rendered.anchors, anchored: rendered.anchored, links: rendered.anchorLinks };
}

export { closeRenderer } from './diagrams';
