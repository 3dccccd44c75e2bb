import { attribute, elements, placeOf, stringAttribute, walk } from './mdx';
import type { LintRule } from './types';

/** Every image needs alt text: screen-reader users and readers on a slow connection see only that. */
export const imageAlt: LintRule = (article) => {
  const markdown = [...walk(article.tree)]
    .filter((node) => node.type === 'image' && !node.alt?.trim())
    .map((node) => ({
      ...placeOf(node),
      message: `image "${node.url ?? ''}" has no alt text`,
      fix: 'describe what the image shows inside the brackets: ![Compliance page with the Upload button](…)',
    }));
  const jsx = elements(article.tree, 'img')
    .filter((node) => !attribute(node, 'alt') || !stringAttribute(node, 'alt')?.trim())
    .map((node) => ({
      ...placeOf(node),
      message: `<img src="${stringAttribute(node, 'src') ?? ''}"> has no alt text`,
      fix: 'add alt="…" describing what the image shows',
    }));
  return [...markdown, ...jsx].sort((a, b) => a.line - b.line || a.column - b.column);
};
