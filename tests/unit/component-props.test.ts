import { describe, expect, it } from 'vitest';
import { checkCalloutType, checkTaskRows, checkTroubleshoot } from '../../src/lib/component-props';

const at = 'content/articles/guide.mdx:12';

describe('checkTaskRows', () => {
  it('returns trimmed rows, keeping notes', () => {
    expect(
      checkTaskRows(
        [{ task: ' Verify documents ', where: 'Settings → Compliance', success: 'Approved', note: 'Only if porting.' }],
        at,
      ),
    ).toEqual([{ task: 'Verify documents', where: 'Settings → Compliance', success: 'Approved', note: 'Only if porting.' }]);
  });

  it('names the file, line, row and empty cell', () => {
    expect(() =>
      checkTaskRows([{ task: 'Check confirmation email', where: '', success: 'Receipt received' }], at),
    ).toThrowErrorMatchingInlineSnapshot(
      `[ComponentError: content/articles/guide.mdx:12: <TaskTable> row 1 ("Check confirmation email") has an empty "where" cell: write where to click (a table a customer follows has no blank cells)]`,
    );
  });

  it('rejects a missing list and unknown keys', () => {
    expect(() => checkTaskRows(undefined, at)).toThrowErrorMatchingInlineSnapshot(
      `[ComponentError: content/articles/guide.mdx:12: <TaskTable> needs tasks={[{ task: "…", where: "…", success: "…" }, …]} with at least one row]`,
    );
    expect(() => checkTaskRows([{ task: 'A', where: 'B', success: 'C', sucess: 'D' }], at)).toThrowErrorMatchingInlineSnapshot(
      `[ComponentError: content/articles/guide.mdx:12: <TaskTable> row 1 ("A") has an unknown key "sucess"; use task, where, success and note]`,
    );
  });
});

describe('checkTroubleshoot', () => {
  it('accepts a problem with an action', () => {
    expect(checkTroubleshoot(' Can’t log in ', true, at)).toBe('Can’t log in');
  });

  it('fails an entry without an action, naming the problem', () => {
    expect(() => checkTroubleshoot('Didn’t get confirmation email', false, at)).toThrowErrorMatchingInlineSnapshot(
      `[ComponentError: content/articles/guide.mdx:12: <Troubleshoot> "Didn’t get confirmation email" has no action: write what the customer should do between <Troubleshoot …> and </Troubleshoot>]`,
    );
  });

  it('fails an entry without a problem', () => {
    expect(() => checkTroubleshoot(undefined, true, at)).toThrow(/needs problem="…"/);
  });
});

describe('checkCalloutType', () => {
  it('defaults to note and lists the allowed types when wrong', () => {
    expect(checkCalloutType(undefined)).toBe('note');
    expect(() => checkCalloutType('danger', at)).toThrowErrorMatchingInlineSnapshot(
      `[ComponentError: content/articles/guide.mdx:12: <Callout> has type="danger"; use one of note, tip, warning]`,
    );
  });
});
