import { describe, expect, it } from 'vitest';
import { buildToc } from '../../../src/render/toc';

describe('buildToc', () => {
  it('nests h3 headings under the h2 before them and leaves out other levels', () => {
    const toc = buildToc([
      { depth: 2, slug: 'one', text: 'One' },
      { depth: 3, slug: 'one-a', text: 'One A' },
      { depth: 4, slug: 'deep', text: 'Deep' },
      { depth: 2, slug: 'two', text: 'Two' },
    ]);
    expect(toc).toEqual([
      { depth: 2, slug: 'one', text: 'One', children: [{ depth: 3, slug: 'one-a', text: 'One A', children: [] }] },
      { depth: 2, slug: 'two', text: 'Two', children: [] },
    ]);
  });

  it('keeps an h3 that comes before any h2 at the top level', () => {
    expect(buildToc([{ depth: 3, slug: 'x', text: 'X' }])).toEqual([{ depth: 3, slug: 'x', text: 'X', children: [] }]);
  });
});
