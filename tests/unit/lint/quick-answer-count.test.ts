import { describe, expect, it } from 'vitest';
import { numberValue } from '../../../src/lint/quick-answer-count';
import { lint, mdx } from './lint-helpers';

const table = (rows: number) =>
  `<TaskTable tasks={[\n${Array.from({ length: rows }, (_, i) => `  { task: "Task ${i + 1}", where: "Menu", success: "Done" },`).join('\n')}\n]} />\n`;

describe('quick-answer-count', () => {
  it('reads number words one to twelve and digits', () => {
    expect(['one', 'Six', 'twelve', '7'].map(numberValue)).toEqual([1, 6, 12, 7]);
  });

  it('flags a six-step quick answer over a five-row task table, pointing at the number', () => {
    const source = mdx(`## Checklist\n\n${table(5)}`, { quickAnswer: 'Complete the six-step activation checklist below.' });
    expect(lint('quick-answer-count', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:27: quickAnswer says "six-step" but the <TaskTable> at line 12 has 5 rows (say "five-step" or "five steps", or make the body match the quick answer)",
      ]
    `);
  });

  it('counts the items of a numbered list when there is no task table', () => {
    const source = mdx('## Steps\n\n1. Open the page.\n2. Click Save.\n', { quickAnswer: 'Follow the 3 steps below.' });
    expect(lint('quick-answer-count', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:25: quickAnswer says "3 steps" but the numbered list at line 12 has 2 items (say "two-step" or "two steps", or make the body match the quick answer)",
      ]
    `);
  });

  it('checks every count in the quick answer', () => {
    const source = mdx(`## Checklist\n\n${table(5)}\n1. A\n2. B\n`, {
      quickAnswer: 'A two-step login, then a 6-task checklist.',
    });
    expect(lint('quick-answer-count', source)).toMatchInlineSnapshot(`
      [
        "content/articles/guide.mdx:4:39: quickAnswer says "6-task" but the <TaskTable> at line 12 has 5 rows (say "five-task" or "five tasks", or make the body match the quick answer)",
      ]
    `);
  });

  it('passes when the count matches the table or any numbered list', () => {
    expect(lint('quick-answer-count', mdx(`## Checklist\n\n${table(6)}`, { quickAnswer: 'Do the six-step checklist.' }))).toEqual(
      [],
    );
    expect(lint('quick-answer-count', mdx('1. A\n2. B\n\n- x\n\n1. C\n2. D\n3. E\n', { quickAnswer: 'Three steps.' }))).toEqual(
      [],
    );
  });

  it('ignores numbers that count something else, and bodies with nothing to count', () => {
    expect(
      lint('quick-answer-count', mdx(table(2), { quickAnswer: 'There are four types of IVR, set up in 15 minutes.' })),
    ).toEqual([]);
    expect(lint('quick-answer-count', mdx('Just text.', { quickAnswer: 'A two-step login.' }))).toEqual([]);
  });
});
