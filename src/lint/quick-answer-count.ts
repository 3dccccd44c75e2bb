import { taskTables } from './task-table';
import { placeOf, walk } from './mdx';
import type { LintRule } from './types';

/** Number words one to twelve, by value. */
export const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
] as const;

const COUNTED = /\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[- ](step|task|item|stage)s?\b/gi;

/** The value of a number word or digits: "six" → 6, "12" → 12. */
export function numberValue(word: string): number {
  const index = (NUMBER_WORDS as readonly string[]).indexOf(word.toLowerCase());
  return index >= 0 ? index + 1 : Number(word);
}

/**
 * A count in the quick answer ("six-step checklist", "3 tasks") must match the
 * body: the rows of a task table or the items of a numbered list. When the body
 * has several, any one of them matching is enough.
 */
export const quickAnswerCount: LintRule = (article) => {
  const answer = article.data.quickAnswer;
  if (typeof answer !== 'string') return [];
  const claims = [...answer.matchAll(COUNTED)];
  if (claims.length === 0) return [];
  const counts = [
    ...taskTables(article).flatMap(({ line, rows }) =>
      rows
        ? [
            {
              count: rows.length,
              what: `the <TaskTable> at line ${line} has ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}`,
            },
          ]
        : [],
    ),
    ...[...walk(article.tree)]
      .filter((node) => node.type === 'list' && node.ordered)
      .map((list) => {
        const count = list.children?.length ?? 0;
        return { count, what: `the numbered list at line ${placeOf(list).line} has ${count} ${count === 1 ? 'item' : 'items'}` };
      }),
  ];
  if (counts.length === 0) return [];
  const { count, what } = counts[0]!;
  const fixed = count >= 1 && count <= 12 ? NUMBER_WORDS[count - 1] : String(count);
  return claims.flatMap(([claim, word, noun]) => {
    if (counts.some((c) => c.count === numberValue(word!))) return [];
    return [
      {
        ...article.at(['quickAnswer'], claim),
        message: `quickAnswer says "${claim}" but ${what}`,
        fix: `say "${fixed}-${noun!.toLowerCase()}" or "${fixed} ${noun!.toLowerCase()}s", or make the body match the quick answer`,
      },
    ];
  });
};
