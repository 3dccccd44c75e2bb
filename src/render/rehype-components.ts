import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { renderComponent, type ComponentWords } from './components';
import { rawTagProblem } from './raw-html';
import { staticValue, type EstreeNode, type StaticValue } from './static-value';

/** An MDX node that `remark-rehype` passed through untouched; its children are already hast. */
interface MdxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  name?: string | null;
  attributes?: (MdxJsxAttribute | MdxJsxExpressionAttribute)[];
  children?: (ElementContent | MdxNode)[];
  position?: Element['position'];
}

/** The MDX node types `remark-rehype` must pass through for this plugin. */
export const MDX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Facts about one article collected while it renders. */
export interface RenderData {
  /** Names of the components the article uses. */
  components?: Set<string>;
}

/** The literal value of an attribute: text, `true` for a bare name, or the value of `{…}`. */
export function attributeValue(attribute: MdxJsxAttribute): StaticValue {
  const value = attribute.value;
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value;
  if (value.data?.staticValue !== undefined) return value.data.staticValue;
  const statement = value.data?.estree?.body[0];
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (!expression) throw new Error(`${attribute.name}={} holds no value`);
  return staticValue(expression as EstreeNode);
}

/**
 * Rehype plugin: turns the JSX of an MDX article into HTML without running it.
 * `<TaskTable>`, `<Troubleshoot>`, `<Callout>` and `<QuickAnswer>` become
 * their markup (see `components.ts`); lower-case tags on the allow-list of
 * `raw-html.ts` (`<kbd>`) stay HTML elements; `{/* comments *\/}` are dropped. The article has passed the
 * content check (`lint/components.ts`), which refuses code, unknown components
 * and wrong attributes, so nothing here is an author's mistake.
 */
export function rehypeComponents(options: { words?: ComponentWords | undefined } = {}) {
  return (tree: Root, file: VFile) => {
    const data = file.data as RenderData;
    const used = (data.components ??= new Set());

    const convert = (node: MdxNode): ElementContent[] => {
      const children = transform((node.children ?? []) as (ElementContent | MdxNode)[]);
      if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
      const props: Record<string, StaticValue> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute') throw new Error(`<${node.name ?? ''}> has a {...spread} attribute`);
        props[attribute.name] = attributeValue(attribute);
      }
      if (!node.name) return children; // <>…</>
      if (/^[a-z]/.test(node.name)) {
        // The components rule has refused any tag off the allow-list; this guards against a bug letting one through.
        if (rawTagProblem(node.name, Object.keys(props))) throw new Error(`<${node.name}> reached the renderer unchecked`);
        const properties: Properties = {};
        for (const [name, value] of Object.entries(props))
          properties[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
        return [{ type: 'element', tagName: node.name, properties, children } satisfies Element];
      }
      used.add(node.name);
      const element = renderComponent(node.name, { props, children, words: options.words });
      // Later steps (media files) report problems at the component's line.
      if (node.position) element.position ??= node.position;
      return [element];
    };

    const transform = (nodes: (ElementContent | MdxNode | RootContent)[]): ElementContent[] =>
      nodes.flatMap((node) => {
        if (MDX_NODE_TYPES.includes(node.type)) return convert(node as MdxNode);
        if ('children' in node && node.type === 'element') node.children = transform(node.children);
        return [node as ElementContent];
      });

    tree.children = transform(tree.children) as RootContent[];
  };
}
