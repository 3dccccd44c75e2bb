/**
 * The props of the components authors use inside MDX: what a task row holds,
 * the kinds of callout, and the checks of both, as issues the content check
 * locates in the article (see `lint/components.ts`). Rendering reads the same
 * props after they have passed, so it never checks them again.
 */
import { closest, editDistance } from '../shared/closest';

/** Something wrong with a component's props: what, how to fix it and, when known, the attribute at fault. */
export interface ComponentIssue {
  message: string;
  fix: string;
  /** The attribute whose value is wrong; the issue is placed there. */
  prop?: string;
}

/** One row of a task table. */
export interface TaskRow {
  /** What to do, e.g. "Add team members". */
  task: string;
  /** Where to click or look, e.g. "Users → Add User" or a URL. */
  where: string;
  /** How the customer knows it worked, e.g. "New users appear “Active”". */
  success: string;
  /** Footnote shown under the table, e.g. "Only required if you are porting a number". Optional. */
  note?: string;
}

/** The keys a task row may have. */
export const TASK_ROW_KEYS: readonly (keyof TaskRow)[] = ['task', 'where', 'success', 'note'];

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/**
 * Checks `tasks={[…]}` beyond its cells (which `task-table-cells` checks, at
 * each cell): at least one row, each an object, no unknown key, no empty note.
 */
export function taskRowIssues(tasks: unknown): ComponentIssue[] {
  if (!Array.isArray(tasks)) return []; // A missing or non-list `tasks` is task-table-cells' to report.
  if (tasks.length === 0) {
    return [
      {
        message: '<TaskTable> has tasks={[]} with no rows',
        fix: 'write tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row',
        prop: 'tasks',
      },
    ];
  }
  return tasks.flatMap((row: unknown, index): ComponentIssue[] => {
    const label = `row ${index + 1}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row)) {
      return [
        {
          message: `<TaskTable> ${label} is not an object`,
          fix: 'write it as { task: "…", where: "…", success: "…" }',
          prop: 'tasks',
        },
      ];
    }
    const record = row as Record<string, unknown>;
    const name = isText(record.task) ? `${label} ("${record.task.trim()}")` : label;
    const issues: ComponentIssue[] = Object.keys(record)
      .filter((key) => !(TASK_ROW_KEYS as readonly string[]).includes(key))
      .map((key) => ({
        message: `<TaskTable> ${name} has an unknown key "${key}" — did you mean "${closest(key, TASK_ROW_KEYS)!}"?`,
        fix: `use ${TASK_ROW_KEYS.join(', ')}`,
        prop: 'tasks',
      }));
    if (record.note !== undefined && !isText(record.note)) {
      issues.push({
        message: `<TaskTable> ${name} has an empty "note"`,
        fix: 'write the footnote or remove the key',
        prop: 'tasks',
      });
    }
    return issues;
  });
}

/** The rows of a checked `tasks={[…]}`, trimmed. */
export function taskRows(tasks: unknown): TaskRow[] {
  return (tasks as Record<string, string>[]).map((record) => ({
    task: record.task!.trim(),
    where: record.where!.trim(),
    success: record.success!.trim(),
    ...(isText(record.note) ? { note: record.note.trim() } : {}),
  }));
}

/** The kinds of callout, in rising order of urgency. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
/** A kind of callout. */
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Checks `<Callout type="…">`: absent (a note) or one of `CALLOUT_TYPES`. */
export function calloutTypeIssues(type: unknown): ComponentIssue[] {
  if (type === undefined || (typeof type === 'string' && (CALLOUT_TYPES as readonly string[]).includes(type))) return [];
  const near = typeof type === 'string' ? closest(type, CALLOUT_TYPES) : undefined;
  // Only a near miss ("tpi") is worth a guess; "danger" is a different word, not a typo of "note".
  const guess = near && editDistance(String(type), near) <= 2 ? near : undefined;
  return [
    {
      message: `<Callout> has type="${String(type)}"${guess ? ` — did you mean "${guess}"?` : ''}`,
      fix: `use one of ${CALLOUT_TYPES.join(', ')}`,
      prop: 'type',
    },
  ];
}

/** The type of a checked callout; "note" when none is given. */
export function calloutType(type: unknown): CalloutType {
  return (type as CalloutType | undefined) ?? 'note';
}
