import { articleSchema } from '../content/schema/article';
import type { Finding, LintRule, ParsedArticle } from './types';

/** A schema message (`message\nfix`, see `say`) as a finding at `place`; Zod's own wording goes after a plain sentence. */
function finding(article: ParsedArticle, path: readonly PropertyKey[], text: string): Finding[] {
  const field = path.filter((part): part is string | number => typeof part !== 'symbol');
  const lines = text.split('\n');
  if (lines.length < 2) {
    const name = field.map((part, i) => (typeof part === 'number' ? `[${part}]` : i > 0 ? `.${part}` : part)).join('');
    return [
      {
        ...article.at(field),
        message: `${name || 'the frontmatter'} is not what an article needs (the schema says: ${text})`,
        fix: 'see the field in docs/authoring.md',
      },
    ];
  }
  return [{ ...article.at(field), message: lines[0]!, fix: lines[1]! }];
}

// One result per frontmatter and category list: the rule below and `siteFactsOf` both need it.
const results = new WeakMap<
  object,
  { categories: readonly string[]; result: ReturnType<ReturnType<typeof articleSchema>['safeParse']> }
>();

/** The frontmatter `data` checked against the article schema for these categories, worked out once. */
export function schemaResult(data: Record<string, unknown>, categories: readonly string[]) {
  const kept = results.get(data);
  if (kept?.categories === categories) return kept.result;
  const result = articleSchema(categories).safeParse(data);
  results.set(data, { categories, result });
  return result;
}

/** The frontmatter against the article schema: every field present, of its type and within its limits, and no unknown field. */
export const schema: LintRule = (article, context) => {
  const result = schemaResult(article.data, context.categories);
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      // One issue names every unknown key, each as its message and fix: one finding per key, at its line.
      const lines = issue.message.split('\n');
      return issue.keys.flatMap((key, i) => finding(article, [key], `${lines[2 * i]}\n${lines[2 * i + 1]}`));
    }
    return finding(article, issue.path, issue.message);
  });
};
