import { describe, expect, it } from 'vitest';
import { remarkLinks } from '../../../src/render/remark-links';

interface TestNode {
  type: string;
  url: string;
  data?: { hProperties?: Record<string, unknown> };
}

const tree = (): { type: string; children: TestNode[] } => ({
  type: 'root',
  children: [
    { type: 'link', url: '/articles/a/' },
    { type: 'link', url: 'https://example.com/' },
    { type: 'link', url: '#step' },
    { type: 'definition', url: '/tags/ivr/' },
  ],
});

describe('remarkLinks', () => {
  it('prefixes root-relative links with the base path', () => {
    const t = tree();
    remarkLinks({ base: '/help/' })(t);
    expect(t.children.map((n) => n.url)).toEqual(['/help/articles/a/', 'https://example.com/', '#step', '/help/tags/ivr/']);
  });

  it('leaves internal links alone when the site lives at the root', () => {
    const t = tree();
    remarkLinks({ base: '/' })(t);
    expect(t.children.map((n) => n.url)).toEqual(tree().children.map((n) => n.url));
  });

  it('marks links to other sites rel="noopener noreferrer" and only those', () => {
    const t = tree();
    remarkLinks()(t);
    expect(t.children.map((n) => n.data?.hProperties?.rel)).toEqual([undefined, 'noopener noreferrer', undefined, undefined]);
  });
});
