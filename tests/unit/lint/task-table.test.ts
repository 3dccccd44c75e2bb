import { describe, expect, it } from 'vitest';
import { lint, mdx } from './lint-helpers';

describe('task-table-cells', () => {
  it('flags an empty cell at the cell, and a missing one at its row', () => {
    const source = mdx(`## Checklist

<TaskTable tasks={[
  { task: "Check confirmation email", where: "", success: "Receipt received" },
  { task: "Log in", success: "Dashboard loads" },
  { task: "  ", where: "Users", success: "Active" },
]} />
`);
    expect(lint('task-table-cells', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:13:46: <TaskTable> row 1 ("Check confirmation email") has an empty "where" cell (write where to click, e.g. "Users → Add User"; a table a customer follows has no blank cells)",
        "content/articles/guide.mdx:14:3: <TaskTable> row 2 ("Log in") has no "where" cell (write where to click, e.g. "Users → Add User"; a table a customer follows has no blank cells)",
        "content/articles/guide.mdx:15:11: <TaskTable> row 3 has an empty "task" cell (write what to do, e.g. "Add team members"; a table a customer follows has no blank cells)",
      ]
    `);
  });

  it('flags a table without a tasks list', () => {
    expect(lint('task-table-cells', mdx('<TaskTable caption="Steps" />\n'))).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:10:1: <TaskTable> has no tasks={[…]} list (write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row)",
      ]
    `);
  });

  it('passes a table with every cell filled, notes included', () => {
    const source = mdx(
      '<TaskTable tasks={[{ task: "Verify documents", where: "Settings → Compliance", success: "Approved", note: "Only if porting." }]} />\n',
    );
    expect(lint('task-table-cells', source)).toEqual([]);
  });
});
