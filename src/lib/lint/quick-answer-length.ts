import { QUICK_ANSWER_MAX } from '../schema/article';
import type { LintRule } from './types';

/** The quick answer must fit the ⚡ box, a search excerpt and a meta description. */
export const quickAnswerLength: LintRule = (article) => {
  const answer = article.data.quickAnswer;
  if (typeof answer !== 'string') return [];
  const length = answer.trim().length;
  if (length <= QUICK_ANSWER_MAX) return [];
  return [
    {
      ...article.at(['quickAnswer']),
      message: `quickAnswer is ${length} characters; the limit is ${QUICK_ANSWER_MAX}`,
      fix: `cut ${length - QUICK_ANSWER_MAX} characters and move the detail into the article body`,
    },
  ];
};
