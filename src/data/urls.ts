import { shortPath } from '../lib/redirects';
import { absoluteUrl, paths, withBase } from '../lib/urls';

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ?? 'http://localhost:4321';

/** A path on this site with the configured base path in front. */
export const url = (path: string) => withBase(base, path);

/** Links to each kind of page, base path included. */
export const link = {
  home: () => url(paths.home()),
  article: (slug: string) => url(paths.article(slug)),
  category: (slug: string) => url(paths.category(slug)),
  categories: () => url(paths.categories()),
  tag: (slug: string) => url(paths.tag(slug)),
  tags: () => url(paths.tags()),
  /** An article as Markdown: `/articles/<slug>.md`. */
  markdown: (slug: string) => url(`${paths.article(slug)}.md`),
};

/** An absolute URL on this site (SITE_URL and BASE_PATH), e.g. for canonical links and short links. */
export const absolute = (path: string) => absoluteUrl(site, base, path);

/** Absolute URLs of an article: its page, its short link and its Markdown version. */
export const articleUrls = (article: { slug: string; data: { id: string } }) => ({
  url: absolute(paths.article(article.slug)),
  shortUrl: absolute(shortPath(article.data.id)),
  markdownUrl: absolute(`${paths.article(article.slug)}.md`),
});
