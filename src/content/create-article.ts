import { existsSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { readArticles } from './articles';
import { newArticleSlug, newArticleSource, NewArticleError, nextArticleId } from './new-article';

/**
 * Creates `<contentDir>/articles/<slug>.mdx` for the question `title` and
 * returns its path and id. `retiredIds` are the ids of content/retired.json,
 * which are never given out again. Never overwrites a file; throws
 * `NewArticleError` with a message for the author when it cannot.
 */
export function createArticle(
  title: string,
  contentDir: string,
  categories: readonly string[],
  retiredIds: readonly string[] = [],
  today = new Date(),
) {
  const slug = newArticleSlug(title);
  const folder = join(contentDir, 'articles');
  const path = join(folder, `${slug}.mdx`);
  const shown = relative(process.cwd(), path);
  if (existsSync(path)) {
    throw new NewArticleError(`${shown} already exists; edit that article, or ask the question in other words for a new one`);
  }
  const ids = readArticles(folder).flatMap(({ data }) =>
    typeof data.id === 'string' || typeof data.id === 'number' ? [String(data.id)] : [],
  );
  const id = nextArticleId([...ids, ...retiredIds]);
  // `wx`: fail rather than overwrite, even if the file appeared since the check above.
  writeFileSync(path, newArticleSource({ title, id, categories, today }), { flag: 'wx' });
  return { path: shown, id };
}
