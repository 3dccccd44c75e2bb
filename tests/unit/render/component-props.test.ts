import { describe, expect, it } from 'vitest';
import { calloutType, calloutTypeIssues, taskRowIssues, taskRows } from '../../../src/render/component-props';

describe('task rows', () => {
  it('returns trimmed rows, keeping notes', () => {
    expect(
      taskRows([{ task: ' Verify documents ', where: 'Settings → Compliance', success: 'Approved', note: 'Only if porting.' }]),
    ).toEqual([{ task: 'Verify documents', where: 'Settings → Compliance', success: 'Approved', note: 'Only if porting.' }]);
  });

  it('rejects an empty list, unknown keys (suggesting the one meant) and an empty note', () => {
    expect(taskRowIssues([])).toMatchObject([{ message: '<TaskTable> has tasks={[]} with no rows' }]);
    expect(taskRowIssues([{ task: 'A', where: 'B', success: 'C', sucess: 'D', note: ' ' }])).toEqual([
      {
        message: '<TaskTable> row 1 ("A") has an unknown key "sucess" — did you mean "success"?',
        fix: 'use task, where, success, note',
        prop: 'tasks',
      },
      { message: '<TaskTable> row 1 ("A") has an empty "note"', fix: 'write the footnote or remove the key', prop: 'tasks' },
    ]);
    expect(taskRowIssues([{ task: 'A', where: 'B', success: 'C' }])).toEqual([]);
  });
});

describe('callout type', () => {
  it('defaults to note and lists the allowed types when wrong, guessing only a near miss', () => {
    expect(calloutType(undefined)).toBe('note');
    expect(calloutTypeIssues('tip')).toEqual([]);
    expect(calloutTypeIssues('warnign')).toEqual([
      { message: '<Callout> has type="warnign" — did you mean "warning"?', fix: 'use one of note, tip, warning', prop: 'type' },
    ]);
    expect(calloutTypeIssues('danger')).toEqual([
      { message: '<Callout> has type="danger"', fix: 'use one of note, tip, warning', prop: 'type' },
    ]);
  });
});
