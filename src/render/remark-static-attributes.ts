import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { attributeValue } from './rehype-components';
import type { StaticValue } from './static-value';

declare module 'mdast-util-mdx-jsx' {
  interface MdxJsxAttributeValueExpressionData {
    /** The attribute's value, read once by `remarkStaticAttributes`; `attributeValue` returns it. */
    staticValue?: StaticValue;
  }
}

/**
 * Remark plugin, the last before `remark-rehype`: reads the value of every `{…}` attribute once
 * (`attributeValue`) and drops its JavaScript syntax tree, and that of every `{/* comment *\/}`.
 * `remark-rehype` copies each MDX node it passes through whole, and those trees were most of what
 * it copied (a quarter of the renderer's time). The article has passed the content check, so every
 * value is a literal.
 */
export function remarkStaticAttributes() {
  return (tree: Root) => {
    visit(tree, (node) => {
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        if (node.data) delete node.data.estree;
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return;
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.value !== 'object' || attribute.value === null) continue;
        const staticValue = attributeValue(attribute);
        attribute.value = { type: 'mdxJsxAttributeValueExpression', value: attribute.value.value, data: { staticValue } };
      }
    });
  };
}
