import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

// The frontmatter takes lines 1 to 8 and a blank line, so the body starts at line 10.
describe('components', () => {
  it('lists every problem at its line and column instead of stopping at the first', () => {
    expect(
      lint(
        'components',
        mdx(
          [
            '<Callut>Hi</Callut>',
            '',
            '<Callout titel="x">Hi</Callout>',
            '',
            '<TaskTable tasks={rows} />',
            '',
            'Total: {1 + 1}',
            '',
            '<TaskTable tasks={[{ task: "A", where: "B", sucess: "C" }]} checklist="yes" />',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: <Callut> is not a component articles can use — did you mean <Callout>? (use one of <Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>)",
        "content/articles/guide.mdx:12:10: <Callout> has no attribute "titel" — did you mean "title"? (use type, title)",
        "content/articles/guide.mdx:14:19: <TaskTable> tasks={…}: a variable is not allowed here (write the value out as text in quotes, numbers, true/false, [ … ] and { … })",
        "content/articles/guide.mdx:16:8: {…} runs code, which articles cannot do (write the text itself, or \\{ for a literal brace)",
        "content/articles/guide.mdx:18:12: <TaskTable> row 1 ("A") has an unknown key "sucess" — did you mean "success"? (use task, where, success, note)",
        "content/articles/guide.mdx:18:61: <TaskTable> has checklist={…} that is not true or false (write checklist alone to turn it on)",
      ]
    `);
  });

  it('refuses import and export lines', () => {
    expect(lint('components', mdx(`import X from './x.astro';\n\nText.`))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: \`import\` and \`export\` are not supported in articles (the components (<Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>) need no import — remove the line)",
      ]
    `);
  });

  it('checks each component’s own attributes', () => {
    expect(
      lint(
        'components',
        mdx(
          [
            '<Callout type="tpi">Careful.</Callout>',
            '',
            '<Callout title={3}>Text.</Callout>',
            '',
            '<Callout>',
            '</Callout>',
            '',
            '<QuickAnswer />',
            '',
            '<TaskTable tasks={[]} />',
          ].join('\n'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:10: <Callout> has type="tpi" — did you mean "tip"? (use one of note, tip, warning)",
        "content/articles/guide.mdx:12:10: <Callout> has title={…} that is not text (write title="…")",
        "content/articles/guide.mdx:14:1: <Callout> is empty (write its text between <Callout> and </Callout>)",
        "content/articles/guide.mdx:17:1: <QuickAnswer> is empty (give text="…" or write the answer between the tags)",
        "content/articles/guide.mdx:19:12: <TaskTable> has tasks={[]} with no rows (write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row)",
      ]
    `);
  });

  it('accepts the components, lower-case HTML and comments', () => {
    expect(
      lint(
        'components',
        mdx(
          [
            '<TaskTable checklist caption="Setup" tasks={[{ task: "Add users", where: "Users", success: "Active", note: "Admins only." }]} />',
            '',
            '<Callout type="tip">Turn on auto-pay.</Callout>',
            '',
            '<QuickAnswer text="Yes." />',
            '',
            'Press <kbd>Enter</kbd>. {/* a note for authors */}',
          ].join('\n'),
        ),
      ),
    ).toEqual([]);
  });
});
