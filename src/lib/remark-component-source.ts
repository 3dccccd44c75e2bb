import { relative } from 'node:path';

/** The MDX components that receive a `sourceLocation` prop. */
export const LOCATED_COMPONENTS = new Set(['TaskTable', 'Troubleshoot', 'Callout', 'QuickAnswer']);

interface Node {
  type: string;
  name?: string | null;
  position?: { start: { line: number; column: number } } | undefined;
  attributes?: { type: string; name: string; value: string }[];
  children?: Node[];
}

/**
 * Remark plugin: gives every author-facing component in an MDX file a
 * `sourceLocation` prop such as `content/articles/foo.mdx:42`, so a component
 * that rejects its props can say exactly where it was used.
 */
export function remarkComponentSource(options: { root?: string } = {}) {
  const root = options.root ?? process.cwd();
  return (tree: object, file: { path?: string | undefined }) => {
    const path = file.path ? relative(root, file.path) : 'an article';
    const walk = (node: Node) => {
      if (
        (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') &&
        node.name &&
        LOCATED_COMPONENTS.has(node.name) &&
        node.attributes
      ) {
        const line = node.position?.start.line;
        node.attributes.push({
          type: 'mdxJsxAttribute',
          name: 'sourceLocation',
          value: line ? `${path}:${line}` : path,
        });
      }
      node.children?.forEach(walk);
    };
    walk(tree as Node);
  };
}
