import { articleSchema } from './schema/article';
import { slugify } from './slug';
import { isoDate } from '../shared/text';
import { TODO_MARKER } from '../lint/todo-markers';

/** Thrown when a new article cannot be created; the message says why and what to do instead. */
export class NewArticleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NewArticleError';
  }
}

/** Example of the command, for messages. */
export const NEW_USAGE = 'npm run new -- "How do I add users to my account?"';

/**
 * Checks the title of a new article and returns its slug (the file name).
 * Throws with the schema's own message when the title is empty, too short or too long.
 */
export function newArticleSlug(title: string): string {
  const result = articleSchema([]).shape.title.safeParse(title);
  if (title.trim() === '') throw new NewArticleError(`give the customer’s question as the title: ${NEW_USAGE}`);
  if (!result.success) throw new NewArticleError(`${result.error.issues[0]!.message.replace('\n', ': ')}: ${NEW_USAGE}`);
  const slug = slugify(title);
  if (!slug) throw new NewArticleError(`the title "${title}" has no letters or digits to make a file name from: ${NEW_USAGE}`);
  return slug;
}

/**
 * The id for a new article: one more than the largest numeric id in use or
 * retired, so no id is ever reused. Ids that are not plain numbers are ignored;
 * with none at all the first id is "1".
 */
export function nextArticleId(ids: Iterable<string>): string {
  let max = 0;
  for (const id of ids) if (/^\d+$/.test(id)) max = Math.max(max, Number(id));
  return String(max + 1);
}

/** What goes into a new article. */
export interface NewArticle {
  title: string;
  id: string;
  /** Declared category slugs, in site order; the first is used and all are listed in a comment. */
  categories: readonly string[];
  /** Today, written as `updated`. */
  today: Date;
}

/**
 * The text of a new article: every required field filled, and a TODO wherever
 * the author still has to write. The content lint rejects each TODO, so the
 * article cannot be published until they are all replaced.
 */
export function newArticleSource({ title, id, categories, today }: NewArticle): string {
  const [category = 'TODO'] = categories;
  return `---
title: ${JSON.stringify(title.trim())}
id: ${JSON.stringify(id)}
quickAnswer: "${TODO_MARKER}: answer the question in one or two plain sentences, at most 300 characters."
category: ${category} # one of: ${categories.join(', ')}
keywords: # 1–12 phrases customers type; each becomes a tag
  - ${TODO_MARKER} keyword
related: [] # optional: slugs of other articles, e.g. [what-is-myoperator]
updated: ${isoDate(today)}
reviewed: ${isoDate(today)} # the day you last checked it against the product
owner: ${TODO_MARKER} team or address that keeps this article true
sources: [] # the pages the facts come from: a URL, or { url, title } to show the title
---

${TODO_MARKER}: one or two sentences saying what this article helps with.

## When does this apply?

${TODO_MARKER}: the situation in which a customer needs this article.

## Steps

${TODO_MARKER}: the steps, as a numbered list or a TaskTable; see docs/authoring.md for every component.
`;
}
