/** The problems of `tests/fixtures/everything-at-once`, which both the build and `npm run lint:content` must list. */
export const EVERYTHING_AT_ONCE = [
  '6 content problems found',
  'content/articles/Bad_Name.mdx:1:1: the file name "Bad_Name.mdx" is not a slug (rename it to "bad-name.mdx" (lower-case letters, digits and "-"))',
  'content/articles/extra.mdx:3:1: id 115 is not text (quote it: id: "115")',
  'content/articles/extra.mdx:5:1: unknown category "biling" — did you mean "billing"? (use one of getting-started, billing, declared in content/categories.json)',
  'content/articles/extra.mdx:12:1: <Callut> is not a component articles can use — did you mean <Callout>?',
  'content/articles/pay.mdx:3:1: id "2" is already used by content/articles/more.mdx; ids are never shared or reused (give this article a new one)',
  'content/site.json:5:3: featured: no article has the slug "gide". Did you mean "guide"? (name an article by its file name without .mdx)',
];
