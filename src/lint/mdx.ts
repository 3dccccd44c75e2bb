import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Place } from './types';

/** The parts of an mdast / MDX node the rules read. */
export interface MdNode {
  type: string;
  name?: string | null | undefined;
  value?: string | undefined;
  lang?: string | null | undefined;
  alt?: string | null | undefined;
  url?: string | undefined;
  depth?: number | undefined;
  ordered?: boolean | null | undefined;
  attributes?: MdAttribute[];
  children?: MdNode[];
  position?: { start: Place; end: Place } | undefined;
}

/** An MDX JSX attribute: `name="text"` or `name={expression}`. */
export interface MdAttribute {
  type: string;
  name?: string;
  value?: string | null | { type: string; value: string; data?: { estree?: EsProgram } };
  position?: { start: Place } | undefined;
}

/** The parts of an ESTree node the rules read (positions: 1-based lines, 0-based columns). */
export interface EsNode {
  type: string;
  value?: unknown;
  name?: string;
  elements?: (EsNode | null)[];
  properties?: EsNode[];
  key?: EsNode;
  computed?: boolean;
  quasis?: { value: { cooked?: string | null } }[];
  expressions?: EsNode[];
  expression?: EsNode;
  loc?: { start: { line: number; column: number } } | null;
}

interface EsProgram {
  body: EsNode[];
}

/** Every node of the tree, depth first, in document order, as the rules read them. */
export function walk(node: Nodes | MdNode): MdNode[] {
  const found: MdNode[] = [];
  visit(node as Nodes, (child) => {
    found.push(child as MdNode);
  });
  return found;
}

/** The JSX elements named `name` (`<TaskTable …/>`), block or inline. */
export function elements(tree: Nodes | MdNode, name: string): MdNode[] {
  return walk(tree).filter(
    (node) => (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name,
  );
}

/** Where a node starts, or the top of the file when it has no position. */
export function placeOf(node: { position?: { start: Place } | undefined } | undefined): Place {
  return node?.position ? { line: node.position.start.line, column: node.position.start.column } : { line: 1, column: 1 };
}

/** Where an ESTree node starts, as a 1-based place; `fallback` when it has no location. */
export function placeOfEs(node: EsNode | undefined, fallback: Place): Place {
  return node?.loc ? { line: node.loc.start.line, column: node.loc.start.column + 1 } : fallback;
}

/** The attribute `name` of a JSX element, if written. */
export function attribute(element: MdNode, name: string): MdAttribute | undefined {
  return element.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
}

/** A string attribute's text (`problem="…"` or `problem={"…"}`); `undefined` when absent or computed. */
export function stringAttribute(element: MdNode, name: string): string | undefined {
  const value = attribute(element, name)?.value;
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') {
    const literal = staticString(value.data?.estree?.body[0]?.expression);
    if (literal !== undefined) return literal;
  }
  return undefined;
}

/** The expression of an attribute written as `name={…}`. */
export function expressionAttribute(element: MdNode, name: string): EsNode | undefined {
  const value = attribute(element, name)?.value;
  return value && typeof value === 'object' ? value.data?.estree?.body[0]?.expression : undefined;
}

/** The text of a string literal or a template literal without `${}`; `undefined` for anything computed. */
export function staticString(node: EsNode | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node.type === 'TemplateLiteral' && node.expressions?.length === 0) return node.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

/** The name of an object property (`task:` or `"task":`). */
export function propertyName(property: EsNode): string | undefined {
  if (property.type !== 'Property' || property.computed || !property.key) return undefined;
  if (property.key.type === 'Identifier') return property.key.name;
  return typeof property.key.value === 'string' ? property.key.value : undefined;
}

/** The readable text inside a node: text, inline code and the text of nested elements. */
export function textOf(node: MdNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'image') return node.alt ?? '';
  return (node.children ?? []).map(textOf).join('');
}
