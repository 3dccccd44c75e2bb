import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { STRINGIFY } from '../../../src/lib/render/article';
import { componentIssues, quickAnswerBox, renderComponent } from '../../../src/lib/render/components';

const html = (name: string, props: Record<string, never> | Record<string, unknown>) =>
  toHtml(renderComponent(name, { props: props as never, children: [] }), STRINGIFY);
const problem = (name: string, props: Record<string, unknown>) =>
  componentIssues(name, { props: props as never, hasContent: false })
    .map((issue) => `${issue.message} (${issue.fix})`)
    .join('\n');

describe('article components', () => {
  it('numbers task rows, marks notes and links URL cells', () => {
    const out = html('TaskTable', {
      tasks: [
        { task: 'Log in', where: 'https://app.myoperator.com', success: 'Dashboard loads' },
        { task: 'Verify documents', where: 'Settings → Compliance', success: 'Approved', note: 'Only when porting.' },
      ],
    });
    expect(out).toContain('<span class="task-number text-[var(--color-muted)]">1.</span>');
    expect(out).toContain('<a class="text-[var(--color-accent)] underline" href="https://app.myoperator.com" rel="noopener">');
    expect(out).toContain('<span aria-hidden="true">*</span>');
    expect(out).toContain('Note on “Verify documents”: </span>Only when porting.</li>');
    expect(out).not.toContain('data-checklist');
  });

  it('pins the messages authors get for a wrong component', () => {
    expect(problem('TaskTable', { tasks: [], caption: 'x' })).toBe(
      '<TaskTable> has tasks={[]} with no rows (write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row)',
    );
    expect(problem('TaskTable', { tasks: [{ task: 'a', where: 'b', success: 'c' }], checklist: 'yes' })).toBe(
      '<TaskTable> has checklist={…} that is not true or false (write checklist alone to turn it on)',
    );
    expect(problem('Callout', { title: 3 })).toBe('<Callout> has title={…} that is not text (write title="…")');
    expect(problem('Callout', {})).toBe('<Callout> is empty (write its text between <Callout> and </Callout>)');
    expect(problem('QuickAnswer', {})).toBe('<QuickAnswer> is empty (give text="…" or write the answer between the tags)');
    expect(problem('TaskTabel', {})).toBe(
      '<TaskTabel> is not a component articles can use — did you mean <TaskTable>? (use one of <Callout>, <QuickAnswer>, <TaskTable>, <Troubleshoot>, <Figure>, <Video>, <YouTube>, <Vimeo>)',
    );
  });

  it('draws the quick answer box from text', () => {
    expect(toHtml(quickAnswerBox({ text: 'Pay & go' }), STRINGIFY)).toContain(
      '<p class="mt-1 text-[1.05rem] leading-relaxed" data-quick-answer>Pay &amp; go</p>',
    );
  });
});
