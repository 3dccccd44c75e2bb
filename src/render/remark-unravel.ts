interface Node {
  type: string;
  value?: string;
  children?: Node[];
}

const JSX_TEXT: Record<string, string> = { mdxJsxTextElement: 'mdxJsxFlowElement', mdxTextExpression: 'mdxFlowExpression' };

/**
 * Remark plugin, as MDX itself does it: a paragraph that holds only JSX
 * (`<Callout>Short note.</Callout>` on one line) is not a paragraph, so the
 * element takes its place as a block instead of ending up inside a `<p>`.
 */
export function remarkUnravel() {
  return (tree: object) => {
    const walk = (node: Node) => {
      if (!node.children) return;
      node.children = node.children.flatMap((child) => {
        walk(child);
        if (child.type !== 'paragraph' || !child.children?.some((c) => c.type in JSX_TEXT)) return [child];
        const onlyJsx = child.children.every((c) => c.type in JSX_TEXT || (c.type === 'text' && (c.value ?? '').trim() === ''));
        if (!onlyJsx) return [child];
        return child.children.filter((c) => c.type in JSX_TEXT).map((c) => ({ ...c, type: JSX_TEXT[c.type]! }));
      });
    };
    walk(tree as Node);
  };
}
