import { elements, expressionAttribute, placeOf, placeOfEs, propertyName, staticString, type EsNode } from './mdx';
import type { LintRule, ParsedArticle } from './types';

/** The cells every task-table row needs, with what belongs in each. */
const CELLS = {
  task: 'what to do, e.g. "Add team members"',
  where: 'where to click, e.g. "Users → Add User"',
  success: 'how the customer knows it worked, e.g. "New users appear “Active”"',
} as const;

/** The rows of every `<TaskTable tasks={[…]} />`, in document order, with the line of the table. */
export function taskTables(article: ParsedArticle): { line: number; rows: (EsNode | null)[] | undefined }[] {
  return elements(article.tree, 'TaskTable').map((table) => {
    const tasks = expressionAttribute(table, 'tasks');
    return { line: placeOf(table).line, rows: tasks?.type === 'ArrayExpression' ? tasks.elements : undefined };
  });
}

/** Empty cells in a task table: a row without a task, where or success is a step a customer cannot follow. */
export const taskTableCells: LintRule = (article) =>
  elements(article.tree, 'TaskTable').flatMap((table) => {
    const tasks = expressionAttribute(table, 'tasks');
    if (tasks?.type !== 'ArrayExpression') {
      return [
        {
          ...placeOf(table),
          message: '<TaskTable> has no tasks={[…]} list',
          fix: 'write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row',
        },
      ];
    }
    return (tasks.elements ?? []).flatMap((row, index) => {
      if (row?.type !== 'ObjectExpression') return [];
      const cells = new Map((row.properties ?? []).map((p) => [propertyName(p), p.value as EsNode | undefined]));
      const task = staticString(cells.get('task'))?.trim();
      const label = `row ${index + 1}${task ? ` ("${task}")` : ''}`;
      return (Object.keys(CELLS) as (keyof typeof CELLS)[]).flatMap((key) => {
        const value = cells.get(key);
        const text = staticString(value);
        if (value && (text === undefined || text.trim() !== '')) return [];
        return [
          {
            ...placeOfEs(value ?? row, placeOf(table)),
            message: `<TaskTable> ${label} has ${value ? 'an empty' : 'no'} "${key}" cell`,
            fix: `write ${CELLS[key]}; a table a customer follows has no blank cells`,
          },
        ];
      });
    });
  });
