import { Parser } from 'acorn';
import { describe, expect, it } from 'vitest';
import { NotStaticError, staticValue, type EstreeNode } from '../../../src/render/static-value';

const parse = (code: string) =>
  (Parser.parse(`(${code})`, { ecmaVersion: 'latest', locations: true }) as unknown as { body: { expression: EstreeNode }[] })
    .body[0]!.expression;
const value = (code: string) => staticValue(parse(code));
const problem = (code: string) => {
  try {
    value(code);
  } catch (error) {
    expect(error).toBeInstanceOf(NotStaticError);
    return (error as Error).message;
  }
  throw new Error(`${code} was accepted`);
};

describe('staticValue', () => {
  it('reads literals, arrays, objects and plain template strings', () => {
    expect(value(`[{ task: "Add", 'where': \`Users → Add\`, n: -2, ok: true, none: null }]`)).toEqual([
      { task: 'Add', where: 'Users → Add', n: -2, ok: true, none: null },
    ]);
  });

  it('refuses code, saying what was found and what to write instead', () => {
    expect(problem('rows')).toBe(
      'a variable is not allowed here: write the value out as text in quotes, numbers, true/false, [ … ] and { … }',
    );
    expect(problem('[fetch()]')).toMatch(/^a function call is not allowed here/);
    expect(problem('`Hi ${name}`')).toMatch(/^a \$\{…\} placeholder is not allowed here/);
    expect(problem('{ ...other }')).toMatch(/^a spread \(\.\.\.\) is not allowed here/);
    expect(problem('{ __proto__: {} }')).toMatch(/^the key "__proto__" is not allowed here/);
  });

  it('reports the line of the offending code', () => {
    try {
      value('[\n  "a",\n  b,\n]');
    } catch (error) {
      expect((error as NotStaticError).line).toBe(3);
    }
    expect.assertions(1);
  });
});
