import { excerpt } from '../shared/text';
import { placeOf, walk } from './mdx';
import type { LintRule, ParsedArticle, Place } from './types';

/** The marker `npm run new` leaves wherever the author still has to write something. */
export const TODO_MARKER = 'TODO';
const MARKER = /\bTODO\b/;

function frontmatterTodos(article: ParsedArticle): { path: (string | number)[]; place: Place }[] {
  return Object.entries(article.data).flatMap(([field, value]) => {
    const values: [(string | number)[], unknown][] = Array.isArray(value)
      ? value.map((item, index) => [[field, index], item])
      : [[[field], value]];
    return values.flatMap(([path, item]) =>
      typeof item === 'string' && MARKER.test(item) ? [{ path, place: article.at(path, TODO_MARKER) }] : [],
    );
  });
}

/** A TODO marker in the frontmatter or the body text is an unfinished article: it must not be published. */
export const todoMarkers: LintRule = (article) => [
  ...frontmatterTodos(article).map(({ path, place }) => {
    const name = path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i > 0 ? `.${part}` : part)).join('');
    return {
      ...place,
      message: `${name} still has the ${TODO_MARKER} placeholder`,
      fix:
        path[0] === 'quickAnswer'
          ? 'write the answer in one or two plain sentences, at most 300 characters'
          : `replace the placeholder with the real ${String(path[0])}`,
    };
  }),
  ...[...walk(article.tree)]
    .filter((node) => node.type === 'text' && MARKER.test(node.value ?? ''))
    .map((node) => ({
      ...placeOf(node),
      message: `the body still has a ${TODO_MARKER} placeholder: "${excerpt(node.value ?? '', 60)}"`,
      fix: 'write the text the placeholder asks for, then remove it',
    })),
];
