/**
 * The problems of `tests/fixtures/everything-at-once`, which both the build and `npm run lint:content` must list,
 * in one run: the content check's (schema, components, ids shared between articles, site.json) and, in the
 * articles that pass it, what only rendering finds (a missing screenshot, a link to an anchor another article
 * does not have, a diagram Mermaid cannot parse).
 */
export const EVERYTHING_AT_ONCE = [
  '9 content problems found',
  'content/articles/Bad_Name.mdx:1:1: the file name "Bad_Name.mdx" is not a slug (rename it to "bad-name.mdx" (lower-case letters, digits and "-"))',
  'content/articles/extra.mdx:3:1: id 115 is not text (quote it: id: "115")',
  'content/articles/extra.mdx:5:1: unknown category "biling" — did you mean "billing"? (use one of getting-started, billing, declared in content/categories.json)',
  'content/articles/extra.mdx:12:1: <Callut> is not a component articles can use — did you mean <Callout>?',
  'content/articles/ivr.mdx:12:1: the link to "/articles/guide/#log-in-first" leads to no anchor: /articles/guide/ (content/articles/guide.mdx) has no id "log-in-first" (link to one of its anchors, closest first: #steps, #task-log-in, #problem-can-t-log-in)',
  'content/articles/ivr.mdx:14:1: image "./images/ivr-manu.png" does not exist (looked for content/articles/images/ivr-manu.png) — did you mean "./images/ivr-menu.png"? (put the file beside the article, in content/articles/images/)',
  [
    'content/articles/ivr.mdx:20:1: Mermaid cannot parse this diagram (fix the diagram source (try it at https://mermaid.live) and build again. Mermaid says: Parse error on line 4:',
    '      ...  pay[Pay --> login[Log in]  login -->',
    '      ----------------------^',
  ].join('\n'),
  'content/articles/pay.mdx:3:1: id "2" is already used by content/articles/more.mdx; ids are never shared or reused (give this article a new one)',
  'content/site.json:5:3: featured: no article has the slug "gide". Did you mean "guide"? (name an article by its file name without .mdx)',
];

/** The problems a run printed: the indented lines after "N content problems found; fix them and …", whatever that says to do next. */
export function reportedProblems(output: string): string[] {
  const lines = output.split('\n');
  const start = lines.findIndex((line) => / content problems? found; fix /.test(line));
  if (start < 0) return [];
  const end = lines.findIndex((line, index) => index > start && !line.startsWith('  '));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}
