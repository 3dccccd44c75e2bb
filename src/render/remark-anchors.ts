import { assignAnchors, type AnchorItem } from './anchors';

interface EstreeNode {
  type: string;
  [key: string]: unknown;
}

interface Attribute {
  type: string;
  name: string;
  value?: string | { type: string; value: string; data?: { estree?: { body: EstreeNode[] } } } | null;
}

interface Node {
  type: string;
  depth?: number;
  value?: string;
  name?: string | null;
  attributes?: Attribute[];
  children?: Node[];
  data?: { hProperties?: Record<string, unknown> };
}

/** The plain text of a Markdown node, as a reader sees it. */
function textOf(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

function attribute(node: Node, name: string): Attribute | undefined {
  return node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** The `task` texts of a `tasks={[…]}` attribute written as literals, or undefined when it is anything else. */
export function taskTexts(node: Node): string[] | undefined {
  const value = attribute(node, 'tasks')?.value;
  if (typeof value !== 'object' || value === null) return undefined;
  const statement = value.data?.estree?.body[0];
  const array = statement?.type === 'ExpressionStatement' ? (statement.expression as EstreeNode) : undefined;
  if (array?.type !== 'ArrayExpression') return undefined;
  const texts: string[] = [];
  for (const element of array.elements as (EstreeNode | null)[]) {
    if (element?.type !== 'ObjectExpression') return undefined;
    const task = (element.properties as EstreeNode[]).find((p) => {
      const key = p.key as EstreeNode | undefined;
      return p.type === 'Property' && (key?.name === 'task' || key?.value === 'task');
    });
    const literal = task?.value as EstreeNode | undefined;
    if (literal?.type !== 'Literal' || typeof literal.value !== 'string') return undefined;
    texts.push(literal.value.trim());
  }
  return texts;
}

/**
 * Remark plugin: gives every `##`/`###` heading, task-table row and
 * troubleshooting entry of an article a stable anchor (see `assignAnchors`),
 * computed once over the whole page so anchors are unique on it. Headings get
 * an `id` and `data-anchor`; `<TaskTable>` gets an `anchors` prop (one id per
 * row, space-separated) and `<Troubleshoot>` an `anchor` prop.
 */
export function remarkAnchors() {
  return (tree: object) => {
    const items: AnchorItem[] = [];
    const targets: ((anchors: string[]) => void)[] = [];
    const walk = (node: Node) => {
      if (node.type === 'heading' && (node.depth === 2 || node.depth === 3)) {
        const index = items.push({ kind: 'heading', text: textOf(node) }) - 1;
        targets.push((anchors) => {
          node.data ??= {};
          node.data.hProperties = { ...node.data.hProperties, id: anchors[index], dataAnchor: '' };
        });
        return;
      }
      if (node.type === 'mdxJsxFlowElement' && node.name === 'TaskTable') {
        const texts = taskTexts(node);
        if (texts) {
          const first = items.length;
          items.push(...texts.map((text) => ({ kind: 'task' as const, text })));
          targets.push((anchors) => {
            node.attributes!.push({
              type: 'mdxJsxAttribute',
              name: 'anchors',
              value: anchors.slice(first, first + texts.length).join(' '),
            });
          });
        }
      }
      if (node.type === 'mdxJsxFlowElement' && node.name === 'Troubleshoot') {
        const problem = attribute(node, 'problem')?.value;
        if (typeof problem === 'string') {
          const index = items.push({ kind: 'problem', text: problem.trim() }) - 1;
          targets.push((anchors) => {
            node.attributes!.push({ type: 'mdxJsxAttribute', name: 'anchor', value: anchors[index]! });
          });
        }
      }
      node.children?.forEach(walk);
    };
    walk(tree as Node);
    const anchors = assignAnchors(items);
    for (const apply of targets) apply(anchors);
  };
}
