import type { Element, ElementContent, Properties, Root, RootContent } from 'hast';
import type { VFile } from 'vfile';
import { ComponentError } from '../component-props';
import type { ContentProblem } from '../problems';
import { renderComponent, type ComponentWords } from './components';
import { rawTagProblem } from './raw-html';
import { NotStaticError, staticValue, type EstreeNode, type StaticValue } from './static-value';

/** An MDX node that `remark-rehype` passed through untouched; its children are already hast. */
interface MdxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' | 'mdxFlowExpression' | 'mdxTextExpression' | 'mdxjsEsm';
  name?: string | null;
  attributes?: {
    type: string;
    name?: string;
    value?: string | null | { value: string; data?: { estree?: { body: { expression?: EstreeNode }[] } } };
  }[];
  children?: (ElementContent | MdxNode)[];
  position?: { start: { line: number } };
  data?: { estree?: { body: unknown[] } };
}

/** The MDX node types `remark-rehype` must pass through for this plugin. */
export const MDX_NODE_TYPES = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

/** Where problems and facts about one article are collected while it renders. */
export interface RenderData {
  /** The article's path for messages, relative to the project root. */
  path?: string;
  problems?: ContentProblem[];
  /** Names of the components the article uses. */
  components?: Set<string>;
}

/**
 * Rehype plugin: turns the JSX of an MDX article into HTML without running it.
 * `<TaskTable>`, `<Troubleshoot>`, `<Callout>` and `<QuickAnswer>` become
 * their markup (see `components.ts`); lower-case tags on the allow-list of
 * `raw-html.ts` (`<kbd>`) stay HTML elements, any other is refused.
 * Attribute values must be literals. An unknown component, code in an attribute, `{expressions}` and `import`/`export` are content problems
 * at the article's file:line, collected in `file.data.problems`.
 */
export function rehypeComponents(options: { words?: ComponentWords | undefined } = {}) {
  return (tree: Root, file: VFile) => {
    const data = file.data as RenderData;
    const path = data.path ?? 'an article';
    const problems = (data.problems ??= []);
    const used = (data.components ??= new Set());
    const at = (node: MdxNode, line?: number) => `${path}:${line ?? node.position?.start.line ?? 1}`;

    const convert = (node: MdxNode): ElementContent[] => {
      const children = transform((node.children ?? []) as (ElementContent | MdxNode)[]);
      if (node.type === 'mdxjsEsm') {
        problems.push({
          file: at(node),
          message:
            '`import` and `export` are not supported in articles; the components (<TaskTable>, <Troubleshoot>, <Callout>, <QuickAnswer>) need no import — remove the line',
        });
        return [];
      }
      if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
        // `{/* a comment */}` holds no code: it is the MDX way to leave a note for authors.
        if (node.data?.estree?.body.length === 0) return [];
        problems.push({
          file: at(node),
          message: '{…} runs code, which articles cannot do; write the text itself, or \\{ for a literal brace',
        });
        return [];
      }
      const props: Record<string, StaticValue> = {};
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          problems.push({ file: at(node), message: `<${node.name ?? ''}> has {...spread} attributes; write each attribute out` });
          return [];
        }
        const value = attribute.value;
        if (value === null || value === undefined) props[attribute.name] = true;
        else if (typeof value === 'string') props[attribute.name] = value;
        else {
          const expression = value.data?.estree?.body[0]?.expression;
          try {
            if (!expression) throw new NotStaticError('an empty {} is not allowed here: write a value', undefined);
            props[attribute.name] = staticValue(expression);
          } catch (error) {
            if (!(error instanceof NotStaticError)) throw error;
            problems.push({
              file: at(node, error.line),
              message: `<${node.name ?? ''}> ${attribute.name}={…}: ${error.message}`,
            });
            return [];
          }
        }
      }
      if (!node.name) return children; // <>…</>
      if (/^[a-z]/.test(node.name)) {
        const refused = rawTagProblem(node.name, Object.keys(props));
        if (refused) {
          problems.push({ file: at(node), message: refused });
          return [];
        }
        const properties: Properties = {};
        for (const [name, value] of Object.entries(props))
          properties[name] = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
        return [{ type: 'element', tagName: node.name, properties, children } satisfies Element];
      }
      try {
        used.add(node.name);
        const element = renderComponent(node.name, {
          props,
          children,
          location: at(node),
          ...(options.words ? { words: options.words } : {}),
        });
        // Later steps (media files) report problems at the component's line.
        if (node.position) element.position ??= node.position as Element['position'];
        return [element];
      } catch (error) {
        if (!(error instanceof ComponentError)) throw error;
        problems.push({ file: error.location, message: error.problem });
        return [];
      }
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
