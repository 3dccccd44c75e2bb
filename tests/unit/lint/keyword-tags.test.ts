import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('keyword-tags', () => {
  it('flags keywords that fold to the same tag, at the later one, and a keyword with no letters', () => {
    const source = mdx('Body.', { keywords: '\n  - Call flow\n  - IVR\n  - call-flow\n  - "!!"' });
    expect(lint('keyword-tags', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:9:5: keywords[2] "call-flow" is the same tag ("call-flow") as keywords[0] "Call flow" (remove one of them; case, spaces and punctuation do not make a different tag)",
        "content/articles/guide.mdx:10:5: keywords[3] "!!" has no letters or digits, so it makes no tag (write a phrase customers type, or remove it)",
      ]
    `);
  });

  it('passes distinct keywords', () => {
    expect(lint('keyword-tags', mdx('Body.', { keywords: '[call flow, IVR, call routing]' }))).toEqual([]);
  });
});
