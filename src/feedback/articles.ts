import { readFileSync } from 'node:fs';

/** The ids and titles of the built site's articles, from its `articles.json`, or an error that says how to get one. */
export function readArticles(path: string): { id: string; title: string }[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `${path} was not found: the collector checks article ids against the built site. Run \`npm run build\` first, or set FEEDBACK_ARTICLES to the site's articles.json.`,
    );
  }
  const data = JSON.parse(text) as { articles?: { id?: unknown; title?: unknown }[] };
  if (!Array.isArray(data.articles))
    throw new Error(`${path} has no "articles" list: point FEEDBACK_ARTICLES at the site's built articles.json.`);
  return data.articles.map((a) => ({ id: String(a.id), title: String(a.title) }));
}
