/**
 * Renders one MDX article to HTML at build time, without running it as code:
 * Markdown (with GitHub tables and smart quotes, as Astro renders Markdown),
 * the site's components as plain HTML, stable anchors, checked links and
 * build-time diagrams. The result is cached with the article by the content
 * loader, so an unchanged article is never rendered twice.
 */
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import rehypeStringify from 'rehype-stringify';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import { remarkSmartypantsFast } from './remark-smartypants-fast';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import type { ArticleFile } from '../content/article-source';
import type { Problem } from '../lint/problems';
import { remarkAnchors } from './remark-anchors';
import { remarkStaticAttributes } from './remark-static-attributes';
import { remarkLinks } from './remark-links';
import type { Heading } from './toc';
import { rehypeSafeUrls } from './raw-html';
import type { AnchorLink } from '../lint/anchor-links';
import { rehypeCode } from './rehype-code';
import { rehypeLinkTargets } from './rehype-link-targets';
import type { ComponentWords } from './components';
import { MDX_NODE_TYPES, rehypeComponents } from './rehype-components';
import { remarkUnravel } from './remark-unravel';

/** How HTML is written: `data-x` rather than `data-x=""`, `&amp;` rather than `&#x26;`. */
export const STRINGIFY = { collapseEmptyAttributes: true, characterReferences: { useNamedReferences: true } } as const;

/** An article rendered to HTML, with what the page and the build need to know about it. */
export interface RenderedArticle {
  html: string;
  /** Every heading, with the id it got. */
  headings: Heading[];
  /** Names of the components the article uses, sorted. */
  components: string[];
  /** Cache keys of the diagram renderings it uses. */
  diagramKeys: string[];
  /** What only rendering finds (Mermaid syntax, missing media files, unsafe URLs); the HTML is not to be used when there is any. */
  problems: Problem[];
  /** What the author should know but that does not stop the build, as `file:line: message`. */
  warnings: string[];
  /** Files in the media cache the article uses (see `rehypeMedia`). */
  mediaFiles: string[];
  /** Every id in the HTML: what `#anchor` links to the article may target. */
  ids: string[];
  /** The ids of its headings and other anchors, suggested when a link misses. */
  anchors: string[];
  /** The ids of its `data-anchor` elements, in order (a translation's are aligned with its English article's). */
  anchored: string[];
  /** Its links with a `#fragment`, checked across articles by the loader. */
  anchorLinks: AnchorLink[];
}

/** How articles are rendered; the same for every article of a build. */
export interface RenderOptions {
  /** The site's base path, put in front of root-relative links. Default "/". */
  base?: string;
  /** Rehype plugin that renders ```mermaid fences (see `rehypeDiagrams`); fences stay code blocks without it. */
  diagrams?: Pluggable;
  /** Rehype plugin that resolves screenshots and videos beside the article (see `rehypeMedia`); paths stay as written without it. */
  media?: Pluggable;
  /** The components' own words in the article's language (a translation's); default English. */
  words?: ComponentWords;
}

/** A renderer for articles, built once per build. */
export function createArticleRenderer(options: RenderOptions = {}) {
  // Trees come from `articleParser` (remark-parse, MDX, frontmatter, GFM); these plugins only transform them.
  const processor = unified()
    .use(remarkUnravel)
    .use(remarkSmartypantsFast)
    .use(remarkAnchors)
    .use(remarkLinks, { base: options.base ?? '/' })
    .use(remarkStaticAttributes)
    // The footnotes' heading is visible (not screen-reader-only, as GitHub has it): readers see what the numbers lead to.
    .use(remarkRehype, {
      passThrough: MDX_NODE_TYPES,
      footnoteLabelProperties: { className: ['footnotes-title'] },
    } as RemarkRehypeOptions)
    // Headings are collected before components expand, so a troubleshooting entry's heading is not a section.
    .use(rehypeHeadingIds)
    .use(rehypeComponents, { words: options.words })
    .use(rehypeSafeUrls)
    .use(options.media ? [options.media] : [])
    .use(options.diagrams ? [options.diagrams] : [])
    .use(rehypeCode)
    .use(rehypeLinkTargets)
    .use(rehypeStringify, STRINGIFY);

  /**
   * Renders `article`, which has passed the content check. The plugins change its syntax
   * tree, so the renderer takes it (`takeTree`): a step that reads the tree afterwards gets
   * it parsed again, as it was. Diagram problems are returned, not thrown.
   */
  return async function renderArticle(article: ArticleFile): Promise<RenderedArticle> {
    const tree = article.takeTree();
    if (!tree) throw new Error(`${article.file} reached the renderer unchecked: ${article.syntaxProblem?.message ?? ''}`);
    const file = new VFile({ value: article.source, path: article.file, data: { path: article.file, problems: [] } });
    const html = processor.stringify((await processor.run(tree, file)) as HastRoot, file);
    const data = file.data as {
      astro?: { headings?: Heading[] };
      components?: Set<string>;
      diagramKeys?: string[];
      problems: Problem[];
      warnings?: string[];
      mediaFiles?: string[];
      ids?: string[];
      anchors?: string[];
      anchored?: string[];
      anchorLinks?: AnchorLink[];
    };
    return {
      html,
      headings: data.astro?.headings ?? [],
      components: [...(data.components ?? [])].sort(),
      diagramKeys: data.diagramKeys ?? [],
      problems: data.problems,
      warnings: data.warnings ?? [],
      mediaFiles: data.mediaFiles ?? [],
      ids: data.ids ?? [],
      anchors: data.anchors ?? [],
      anchored: data.anchored ?? [],
      anchorLinks: data.anchorLinks ?? [],
    };
  };
}
