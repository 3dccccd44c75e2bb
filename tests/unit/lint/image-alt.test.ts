import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('image-alt', () => {
  it('flags Markdown and <img> images without alt text', () => {
    expect(lint('image-alt', mdx('## Screens\n\n![](/compliance.png)\n\n<img src="/users.png" alt="" />\n')))
      .toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:12:1: image "/compliance.png" has no alt text (describe what the image shows inside the brackets: ![Compliance page with the Upload button](…))",
        "content/articles/guide.mdx:14:1: <img src="/users.png"> has no alt text (add alt="…" describing what the image shows)",
      ]
    `);
  });

  it('passes images that describe themselves', () => {
    expect(
      lint(
        'image-alt',
        mdx('![Compliance page with the Upload button](/c.png)\n\n<img src="/u.png" alt="The Add User form" />\n'),
      ),
    ).toEqual([]);
  });
});
