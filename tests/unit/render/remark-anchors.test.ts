import { describe, expect, it } from 'vitest';
import { remarkAnchors } from '../../../src/render/remark-anchors';

const text = (value: string) => ({ type: 'text', value });
const tasksAttr = (tasks: string[]) => ({
  type: 'mdxJsxAttribute',
  name: 'tasks',
  value: {
    type: 'mdxJsxAttributeValueExpression',
    value: '',
    data: {
      estree: {
        body: [
          {
            type: 'ExpressionStatement',
            expression: {
              type: 'ArrayExpression',
              elements: tasks.map((t) => ({
                type: 'ObjectExpression',
                properties: [
                  { type: 'Property', key: { type: 'Identifier', name: 'task' }, value: { type: 'Literal', value: t } },
                ],
              })),
            },
          },
        ],
      },
    },
  },
});

describe('remarkAnchors', () => {
  it('gives headings ids and passes row and problem anchors to the components, unique over the page', () => {
    const heading = { type: 'heading', depth: 2, children: [text('Log in')], data: undefined as unknown };
    const h4 = { type: 'heading', depth: 4, children: [text('Detail')] };
    const table = { type: 'mdxJsxFlowElement', name: 'TaskTable', attributes: [tasksAttr(['Log in', 'Log in'])] as unknown[] };
    const trouble = {
      type: 'mdxJsxFlowElement',
      name: 'Troubleshoot',
      attributes: [{ type: 'mdxJsxAttribute', name: 'problem', value: 'Log in' }] as unknown[],
    };
    remarkAnchors()({ type: 'root', children: [heading, h4, table, trouble] });
    expect(heading.data).toEqual({ hProperties: { id: 'log-in', dataAnchor: '' } });
    expect(h4).not.toHaveProperty('data');
    expect(table.attributes.at(-1)).toEqual({ type: 'mdxJsxAttribute', name: 'anchors', value: 'task-log-in task-log-in-2' });
    expect(trouble.attributes.at(-1)).toEqual({ type: 'mdxJsxAttribute', name: 'anchor', value: 'problem-log-in' });
  });
});
