/**
 * Reads the value of a JSX attribute written in an article, such as
 * `tasks={[{ task: "…" }]}`, without running any code: only literals (text,
 * numbers, true/false/null), arrays, objects and template strings without
 * `${}` are allowed. Anything else (a variable, a call, `${…}`) is refused with
 * a message naming what was found, so the article says what it means on the page.
 */

/** The parts of an ESTree node this reader looks at. */
export interface EstreeNode {
  type: string;
  value?: unknown;
  name?: string;
  operator?: string;
  argument?: EstreeNode;
  elements?: (EstreeNode | null)[];
  properties?: EstreeNode[];
  key?: EstreeNode;
  computed?: boolean;
  kind?: string;
  method?: boolean;
  shorthand?: boolean;
  quasis?: { value: { cooked?: string | null | undefined } }[];
  expressions?: EstreeNode[];
  expression?: EstreeNode;
  loc?: { start: { line: number; column: number } } | null | undefined;
}

/** A value an attribute can hold. */
export type StaticValue = string | number | boolean | null | StaticValue[] | { [key: string]: StaticValue };

/** Thrown when an attribute holds code rather than a literal; `line` and `column` (1-based) are in the article when known. */
export class NotStaticError extends Error {
  readonly line: number | undefined;
  readonly column: number | undefined;
  constructor(message: string, line: number | undefined, column?: number) {
    super(message);
    this.line = line;
    this.column = column;
    this.name = 'NotStaticError';
  }
}

const DESCRIBE: Record<string, string> = {
  Identifier: 'a variable',
  CallExpression: 'a function call',
  MemberExpression: 'a property lookup',
  ArrowFunctionExpression: 'a function',
  FunctionExpression: 'a function',
  SpreadElement: 'a spread (...)',
  BinaryExpression: 'arithmetic or a comparison',
  LogicalExpression: 'a logical expression',
  ConditionalExpression: 'a condition (a ? b : c)',
};

function fail(node: EstreeNode, what: string): never {
  throw new NotStaticError(
    `${what} is not allowed here: write the value out as text in quotes, numbers, true/false, [ … ] and { … }`,
    node.loc?.start.line,
    node.loc ? node.loc.start.column + 1 : undefined,
  );
}

/** The value of an ESTree expression made of literals only; throws `NotStaticError` otherwise. */
export function staticValue(node: EstreeNode): StaticValue {
  switch (node.type) {
    case 'Literal':
      if (node.value === null || ['string', 'number', 'boolean'].includes(typeof node.value)) return node.value as StaticValue;
      return fail(node, 'a regular expression or big number');
    case 'TemplateLiteral':
      if ((node.expressions ?? []).length > 0) return fail(node, 'a ${…} placeholder');
      return node.quasis?.[0]?.value.cooked ?? '';
    case 'UnaryExpression':
      if (node.operator === '-' && node.argument?.type === 'Literal' && typeof node.argument.value === 'number') {
        return -node.argument.value;
      }
      return fail(node, `the operator "${node.operator ?? ''}"`);
    case 'ArrayExpression':
      return (node.elements ?? []).map((element) => (element ? staticValue(element) : fail(node, 'an empty slot (, ,)')));
    case 'ObjectExpression': {
      const result: Record<string, StaticValue> = {};
      for (const property of node.properties ?? []) {
        if (
          property.type !== 'Property' ||
          property.computed ||
          property.method ||
          property.shorthand ||
          property.kind !== 'init'
        ) {
          fail(property, property.type === 'SpreadElement' ? DESCRIBE.SpreadElement! : 'a computed or shorthand key');
        }
        const key = property.key!;
        const name =
          key.type === 'Identifier'
            ? key.name
            : typeof key.value === 'string' || typeof key.value === 'number'
              ? String(key.value)
              : undefined;
        if (name === undefined) return fail(key, 'this key');
        if (name === '__proto__') return fail(key, 'the key "__proto__"');
        result[name] = staticValue(property.value as EstreeNode);
      }
      return result;
    }
    default:
      return fail(node, DESCRIBE[node.type] ?? `code (${node.type})`);
  }
}
