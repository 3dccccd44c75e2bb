import { slugify } from '../content/slug';
import { placeOf, textOf, walk } from './mdx';
import type { LintRule } from './types';

/** Two headings with the same text get look-alike anchors and a confusing table of contents. */
export const duplicateHeadings: LintRule = (article) => {
  const seen = new Map<string, number>();
  return [...walk(article.tree)].flatMap((node) => {
    if (node.type !== 'heading') return [];
    const text = textOf(node).trim();
    const key = slugify(text);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, placeOf(node).line);
      return [];
    }
    return [
      {
        ...placeOf(node),
        message: `duplicate heading "${text}", the same as line ${first}`,
        fix: 'rename one of them so each section has its own title and link',
      },
    ];
  });
};
