/**
 * Prop checks for the components authors use inside MDX. Each check throws a
 * `ComponentError` whose message starts with the article's file:line (added to
 * by the article renderer) so the build names the culprit.
 */

/** Thrown when an MDX component is used wrongly; the message says where and how to fix it. */
export class ComponentError extends Error {
  /** Where the component is used, e.g. `content/articles/foo.mdx:42`. */
  readonly location: string;
  /** What is wrong, starting with the component: `<Callout> is empty: …`. */
  readonly problem: string;

  constructor(location: string | undefined, component: string, problem: string) {
    super(`${location ?? 'an article'}: <${component}> ${problem}`);
    this.name = 'ComponentError';
    this.location = location ?? 'an article';
    this.problem = `<${component}> ${problem}`;
  }
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

const ROW_FIELDS: Record<keyof TaskRow, string> = {
  task: 'what to do',
  where: 'where to click',
  success: 'the success indicator',
  note: 'a footnote',
};

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim().length > 0;

/** Checks `<TaskTable tasks={[…]} />`: a non-empty list of rows, every cell filled, no unknown keys. */
export function checkTaskRows(tasks: unknown, location?: string): TaskRow[] {
  const fail = (problem: string): never => {
    throw new ComponentError(location, 'TaskTable', problem);
  };
  if (!Array.isArray(tasks) || tasks.length === 0) {
    return fail('needs tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row');
  }
  return tasks.map((row: unknown, index) => {
    const label = `row ${index + 1}`;
    if (typeof row !== 'object' || row === null) return fail(`${label} is not an object { task, where, success }`);
    const record = row as Record<string, unknown>;
    const name = isText(record.task) ? `${label} ("${record.task.trim()}")` : label;
    for (const key of Object.keys(record)) {
      if (!(key in ROW_FIELDS)) fail(`${name} has an unknown key "${key}"; use task, where, success and note`);
    }
    for (const key of ['task', 'where', 'success'] as const) {
      if (!isText(record[key])) {
        fail(`${name} has an empty "${key}" cell: write ${ROW_FIELDS[key]} (a table a customer follows has no blank cells)`);
      }
    }
    if (record.note !== undefined && !isText(record.note))
      fail(`${name} has an empty "note": write the footnote or remove the key`);
    return {
      task: (record.task as string).trim(),
      where: (record.where as string).trim(),
      success: (record.success as string).trim(),
      ...(isText(record.note) ? { note: record.note.trim() } : {}),
    };
  });
}

/** Checks `<Troubleshoot problem="…">action</Troubleshoot>`: both the problem and its action are required. */
export function checkTroubleshoot(problem: unknown, hasAction: boolean, location?: string): string {
  if (!isText(problem)) {
    throw new ComponentError(location, 'Troubleshoot', 'needs problem="…": the problem in the customer’s words');
  }
  if (!hasAction) {
    throw new ComponentError(
      location,
      'Troubleshoot',
      `"${problem.trim()}" has no action: write what the customer should do between <Troubleshoot …> and </Troubleshoot>`,
    );
  }
  return problem.trim();
}

/** The kinds of callout, in rising order of urgency. */
export const CALLOUT_TYPES = ['note', 'tip', 'warning'] as const;
/** A kind of callout. */
export type CalloutType = (typeof CALLOUT_TYPES)[number];

/** Checks `<Callout type="…">`; the type defaults to "note". */
export function checkCalloutType(type: unknown, location?: string): CalloutType {
  if (type === undefined) return 'note';
  if (typeof type === 'string' && (CALLOUT_TYPES as readonly string[]).includes(type)) return type as CalloutType;
  throw new ComponentError(location, 'Callout', `has type="${String(type)}"; use one of ${CALLOUT_TYPES.join(', ')}`);
}
