import { describe, expect, it } from 'vitest';
import { remarkBaseLinks } from '../../src/lib/remark-base-links';

const tree = () => ({
  type: 'root',
  children: [
    { type: 'link', url: '/articles/a/' },
    { type: 'link', url: 'https://example.com/' },
    { type: 'link', url: '//cdn.example.com/x' },
    { type: 'definition', url: '/tags/ivr/' },
  ],
});

describe('remarkBaseLinks', () => {
  it('prefixes root-relative links with the base path and leaves others alone', () => {
    const t = tree();
    remarkBaseLinks({ base: '/help/' })(t);
    expect(t.children.map((n) => n.url)).toEqual(['/help/articles/a/', 'https://example.com/', '//cdn.example.com/x', '/help/tags/ivr/']);
  });

  it('changes nothing when the site lives at the root', () => {
    const t = tree();
    remarkBaseLinks({ base: '/' })(t);
    expect(t).toEqual(tree());
  });
});
