/**
 * An article as plain Markdown for `/articles/<slug>.md`, from the same
 * syntax tree the page is rendered from: each component is replaced by its
 * Markdown form (defined beside its HTML in `render/components.ts`), comments
 * are dropped, and everything else is kept as the author wrote it.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { articleParser } from '../content/article-source';
import { ARTICLE_COMPONENTS, type ComponentWords } from './components';
import { attributeValue } from './rehype-components';
import type { StaticValue } from './static-value';
import type { Source } from '../content/sources';

/**
 * The Markdown of an article's body: `source` is the whole file, `tree` its
 * checked syntax tree and `from` the offset where the body starts (after the
 * frontmatter). Root-relative links stay as written (see `resolveLinks`).
 * `words`: the components' own words in the article's language (default English).
 */
export function bodyMarkdown(source: string, tree: Root, from = 0, words?: ComponentWords): string {
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      // Only `{/* comments */}` pass the content check: notes for authors, not for readers.
      edits.push({ start, end, text: '' });
      return SKIP;
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const spec = ARTICLE_COMPONENTS[node.name];
      if (!spec) return undefined;
      const props: Record<string, StaticValue> = {};
      for (const attribute of node.attributes) {
        if (attribute.type === 'mdxJsxAttribute') props[attribute.name] = attributeValue(attribute);
      }
      const first = node.children[0]?.position?.start.offset;
      const last = node.children.at(-1)?.position?.end.offset;
      const body = first !== undefined && last !== undefined ? source.slice(first, last) : '';
      edits.push({ start, end, text: spec.markdown({ props, body, words }) });
      return SKIP;
    }
    return undefined;
  });
  let out = '';
  let at = from;
  for (const edit of edits.sort((a, b) => a.start - b.start)) {
    if (edit.start < at) continue;
    out += source.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += source.slice(at);
  return `${out.replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Markdown with every root-relative link (`](/articles/foo/)`) passed through `resolve`, e.g. made absolute. */
export function resolveLinks(markdown: string, resolve: (path: string) => string): string {
  return markdown.replace(/(\]\()(\/(?!\/)[^)\s]*)/g, (_, open: string, path: string) => `${open}${resolve(path)}`);
}

/**
 * Markdown with every path relative to the article (`](./images/x.png)`, a
 * screenshot, a video or its captions) passed through `resolve`, e.g. to the
 * absolute URL of the published file.
 */
export function resolveAssets(markdown: string, resolve: (path: string) => string): string {
  return markdown.replace(/(\]\()(\.{1,2}\/[^)\s]*)/g, (_, open: string, path: string) => `${open}${resolve(path)}`);
}

/** Options for `mdxToMarkdown`. */
export interface MarkdownExportOptions {
  /** Turns a root-relative link such as `/articles/foo/` into an absolute URL. Default: leaves it. */
  resolveLink?: (path: string) => string;
  /** Turns a file path relative to the article (`./images/x.png`) into the absolute URL of its published copy. Default: leaves it. */
  resolveAsset?: (path: string) => string;
}

/** The MDX body of an article (no frontmatter) as plain Markdown, parsed here; for tools and tests that hold only a body. */
export function mdxToMarkdown(body: string, options: MarkdownExportOptions = {}): string {
  const markdown = bodyMarkdown(body, articleParser().parse(body));
  const linked = options.resolveLink ? resolveLinks(markdown, options.resolveLink) : markdown;
  return options.resolveAsset ? resolveAssets(linked, options.resolveAsset) : linked;
}

/** The English words of an export. */
export const EXPORT_LABELS = {
  quickAnswer: 'Quick answer',
  ticketLink: 'Link for tickets',
  webPage: 'Web page',
  sources: 'Sources',
};

/** A whole article as Markdown: title, quick answer, short link, the body (already Markdown) and its sources (as `[title](url)` when titled). */
export function articleMarkdown(
  article: { title: string; quickAnswer: string; url: string; shortUrl: string; sources: readonly Source[] },
  body: string,
  /** The export's own words in the article's language; default English. */
  labels: { quickAnswer: string; ticketLink: string; webPage: string; sources: string } = EXPORT_LABELS,
): string {
  const parts = [
    `# ${article.title}`,
    `> **⚡ ${labels.quickAnswer}:** ${article.quickAnswer}`,
    `${labels.ticketLink}: <${article.shortUrl}> · ${labels.webPage}: <${article.url}>`,
    body.trim(),
  ];
  if (article.sources.length > 0) {
    const items = article.sources.map((s) => (s.title ? `- [${s.title.replace(/[[\]]/g, '\\$&')}](${s.url})` : `- <${s.url}>`));
    parts.push(`## ${labels.sources}\n\n${items.join('\n')}`);
  }
  return `${parts.join('\n\n')}\n`;
}
