import { describe, expect, it } from 'vitest';
import { remarkComponentSource } from '../../src/lib/remark-component-source';

describe('remarkComponentSource', () => {
  it('adds file:line to author components and leaves other elements alone', () => {
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'TaskTable', attributes: [], position: { start: { line: 7, column: 1 } } },
        { type: 'mdxJsxFlowElement', name: 'div', attributes: [], position: { start: { line: 9, column: 1 } } },
      ],
    };
    remarkComponentSource({ root: '/site' })(tree, { path: '/site/content/articles/guide.mdx' });
    expect(tree.children[0]!.attributes).toEqual([
      { type: 'mdxJsxAttribute', name: 'sourceLocation', value: 'content/articles/guide.mdx:7' },
    ]);
    expect(tree.children[1]!.attributes).toEqual([]);
  });
});
