import { shortPath } from '../build/redirects';
import { absoluteUrl, paths, withBase } from '../shared/urls';
import { defaultLang, inLang } from './i18n';

const base = import.meta.env.BASE_URL;
const site = import.meta.env.SITE ?? 'http://localhost:4321';

/** A path on this site with the configured base path in front. */
export const url = (path: string) => withBase(base, path);

/** Links to each kind of page in `lang` (`/hi/…` for Hindi), base path included. */
export const linksIn = (lang: string) => {
  const local = (path: string) => url(inLang(lang, path));
  return {
    home: () => local(paths.home()),
    article: (slug: string) => local(paths.article(slug)),
    category: (slug: string) => local(paths.category(slug)),
    categories: () => local(paths.categories()),
    tag: (slug: string) => local(paths.tag(slug)),
    tags: () => local(paths.tags()),
    search: () => local('search'),
    /** An article as Markdown: `/articles/<slug>.md`, `/hi/articles/<slug>.md`. */
    markdown: (slug: string) => local(`${paths.article(slug)}.md`),
  };
};

/** Links to each kind of page in the default language, base path included. */
export const link = linksIn(defaultLang);

/** An absolute URL on this site (SITE_URL and BASE_PATH), e.g. for canonical links and short links. */
export const absolute = (path: string) => absoluteUrl(site, base, path);

/** Absolute URLs of an article: its page, its short link and its Markdown version. */
export const articleUrls = (article: { slug: string; data: { id: string } }) => ({
  url: absolute(paths.article(article.slug)),
  shortUrl: absolute(shortPath(article.data.id)),
  markdownUrl: absolute(`${paths.article(article.slug)}.md`),
});
