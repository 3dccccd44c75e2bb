import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('todo-markers', () => {
  it('flags TODO placeholders in the frontmatter and in body text', () => {
    const source = mdx('## When does this apply?\n\nTODO: say when.\n', {
      quickAnswer: '"TODO: answer the question in one or two sentences."',
      keywords: '\n  - TODO keyword',
    });
    expect(lint('todo-markers', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:15: quickAnswer still has the TODO placeholder (write the answer in one or two plain sentences, at most 300 characters)",
        "content/articles/guide.mdx:7:5: keywords[0] still has the TODO placeholder (replace the placeholder with the real keywords)",
        "content/articles/guide.mdx:13:1: the body still has a TODO placeholder: "TODO: say when." (write the text the placeholder asks for, then remove it)",
      ]
    `);
  });

  it('passes finished text, and TODO inside code', () => {
    expect(lint('todo-markers', mdx('Write `TODO` in the notes field.\n'))).toEqual([]);
  });
});
