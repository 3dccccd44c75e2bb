import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('troubleshoot-action', () => {
  it('flags an entry with no action, and one with only white space', () => {
    const source = mdx(`## Troubleshooting

<Troubleshoot problem="Didn’t get confirmation email"></Troubleshoot>

<Troubleshoot problem="Can’t log in">
  
</Troubleshoot>
`);
    expect(lint('troubleshoot-action', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:12:1: <Troubleshoot> "Didn’t get confirmation email" has no action (write what the customer should do between <Troubleshoot …> and </Troubleshoot>)",
        "content/articles/guide.mdx:14:1: <Troubleshoot> "Can’t log in" has no action (write what the customer should do between <Troubleshoot …> and </Troubleshoot>)",
      ]
    `);
  });

  it('flags an entry without a problem', () => {
    expect(lint('troubleshoot-action', mdx('<Troubleshoot>Reset it.</Troubleshoot>\n'))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: <Troubleshoot> has no problem="…" (name the problem in the customer’s words, e.g. problem="Can’t log in")",
      ]
    `);
  });

  it('passes an entry with an action, inline or as paragraphs', () => {
    const source = mdx(`<Troubleshoot problem="Can’t log in">Click **Forgot password**.</Troubleshoot>

<Troubleshoot problem={"Documents rejected"}>
  Re-upload clear scans.
</Troubleshoot>
`);
    expect(lint('troubleshoot-action', source)).toEqual([]);
  });
});
