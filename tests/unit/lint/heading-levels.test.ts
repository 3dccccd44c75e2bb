import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('heading-levels', () => {
  it('flags a level skipped after ## and after the title, and a # in the body', () => {
    const source = mdx('## Steps\n\n#### Details\n\n# Another title\n');
    expect(lint('heading-levels', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:12:1: heading level skips from ## to #### (use ### here, or add the missing level above it)",
        "content/articles/guide.mdx:14:1: a # heading in the body; the title is the page’s only h1 (use ## for a section; the title comes from the frontmatter)",
      ]
    `);
    expect(lint('heading-levels', mdx('### Too deep to start\n'))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: heading level skips from the title to ### (use ## here, or add the missing level above it)",
      ]
    `);
  });

  it('passes headings that go down one level at a time and back up freely', () => {
    expect(lint('heading-levels', mdx('## A\n\n### B\n\n#### C\n\n## D\n\n### E\n'))).toEqual([]);
  });
});
