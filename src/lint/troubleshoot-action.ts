import { elements, placeOf, stringAttribute, textOf, walk } from './mdx';
import type { LintRule } from './types';

/** A troubleshooting entry needs the problem and an action: an entry that only names a problem helps no one. */
export const troubleshootAction: LintRule = (article) =>
  elements(article.tree, 'Troubleshoot').flatMap((entry) => {
    const problem = stringAttribute(entry, 'problem')?.trim();
    if (!problem) {
      return [
        {
          ...placeOf(entry),
          message: '<Troubleshoot> has no problem="…"',
          fix: 'name the problem in the customer’s words, e.g. problem="Can’t log in"',
        },
      ];
    }
    const hasAction = (entry.children ?? []).some(
      (child) => textOf(child).trim() !== '' || [...walk(child)].some((node) => node.type === 'image' || node.type === 'code'),
    );
    if (hasAction) return [];
    return [
      {
        ...placeOf(entry),
        message: `<Troubleshoot> "${problem}" has no action`,
        fix: 'write what the customer should do between <Troubleshoot …> and </Troubleshoot>',
      },
    ];
  });
