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
import remarkSmartypants from 'remark-smartypants';
import { unified, type Pluggable } from 'unified';
import { VFile } from 'vfile';
import type { ArticleFile } from '../article-source';
import type { Problem } from '../problems';
import { remarkAnchors } from '../remark-anchors';
import { remarkLinks } from '../remark-links';
import type { Heading } from '../toc';
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
  /** What is wrong with its diagrams (Mermaid syntax); the HTML is not to be used when there is any. */
  problems: Problem[];
}

/** How articles are rendered; the same for every article of a build. */
export interface RenderOptions {
  /** The site's base path, put in front of root-relative links. Default "/". */
  base?: string;
  /** Rehype plugin that renders ```mermaid fences (see `rehypeDiagrams`); fences stay code blocks without it. */
  diagrams?: Pluggable;
}

/** A renderer for articles, built once per build. */
export function createArticleRenderer(options: RenderOptions = {}) {
  // Trees come from `articleParser` (remark-parse, MDX, frontmatter, GFM); these plugins only transform them.
  const processor = unified()
    .use(remarkUnravel)
    .use(remarkSmartypants)
    .use(remarkAnchors)
    .use(remarkLinks, { base: options.base ?? '/' })
    .use(remarkRehype, { passThrough: MDX_NODE_TYPES } as RemarkRehypeOptions)
    // Headings are collected before components expand, so a troubleshooting entry's heading is not a section.
    .use(rehypeHeadingIds)
    .use(rehypeComponents)
    .use(options.diagrams ? [options.diagrams] : [])
    .use(rehypeStringify, STRINGIFY);

  /**
   * Renders `article`, which has passed the content check. Its syntax tree is
   * consumed (the plugins change it in place). Diagram problems are returned,
   * not thrown.
   */
  return async function renderArticle(article: ArticleFile): Promise<RenderedArticle> {
    const tree = article.tree;
    if (!tree) throw new Error(`${article.file} reached the renderer unchecked: ${article.syntaxProblem?.message ?? ''}`);
    const file = new VFile({ value: article.source, path: article.file, data: { path: article.file, problems: [] } });
    const html = processor.stringify((await processor.run(tree, file)) as HastRoot, file);
    const data = file.data as {
      astro?: { headings?: Heading[] };
      components?: Set<string>;
      diagramKeys?: string[];
      problems: Problem[];
    };
    return {
      html,
      headings: data.astro?.headings ?? [],
      components: [...(data.components ?? [])].sort(),
      diagramKeys: data.diagramKeys ?? [],
      problems: data.problems,
    };
  };
}
