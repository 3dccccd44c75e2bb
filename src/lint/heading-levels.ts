import { placeOf, walk } from './mdx';
import type { LintRule } from './types';

const hashes = (depth: number) => '#'.repeat(depth);

/**
 * Headings go down one level at a time. The title is the page's only h1, so the
 * body starts at `##`; a `#` in the body or a jump such as `##` → `####` breaks
 * the outline screen-reader users navigate by.
 */
export const headingLevels: LintRule = (article) => {
  let previous = 1;
  return [...walk(article.tree)].flatMap((node) => {
    if (node.type !== 'heading' || !node.depth) return [];
    const depth = node.depth;
    const last = previous;
    previous = Math.max(depth, 2);
    if (depth === 1) {
      return [
        {
          ...placeOf(node),
          message: 'a # heading in the body; the title is the page’s only h1',
          fix: 'use ## for a section; the title comes from the frontmatter',
        },
      ];
    }
    if (depth <= last + 1) return [];
    return [
      {
        ...placeOf(node),
        message: `heading level skips from ${last === 1 ? 'the title' : hashes(last)} to ${hashes(depth)}`,
        fix: `use ${hashes(last + 1)} here, or add the missing level above it`,
      },
    ];
  });
};
