import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('mermaid-accessibility', () => {
  it('flags a diagram without accTitle and accDescr, and one without accDescr only', () => {
    const source = mdx(`## Flow

\`\`\`mermaid
flowchart LR
  a --> b
\`\`\`

\`\`\`mermaid
flowchart LR
  accTitle: Activation
  a --> b
\`\`\`
`);
    expect(lint('mermaid-accessibility', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:12:1: mermaid diagram has no accTitle or accDescr (add "accTitle: a short name for the diagram" and "accDescr: one or two sentences saying what it shows" below the diagram type line)",
        "content/articles/guide.mdx:17:1: mermaid diagram has no accDescr (add "accDescr: one or two sentences saying what it shows" below the diagram type line)",
      ]
    `);
  });

  it('passes a diagram with both, including a block accDescr, and ignores other code', () => {
    const source = mdx(`\`\`\`mermaid
flowchart LR
  accTitle: Activation flow
  accDescr {
    Email, then login.
  }
  a --> b
\`\`\`

\`\`\`sh
npm test
\`\`\`
`);
    expect(lint('mermaid-accessibility', source)).toEqual([]);
  });
});
