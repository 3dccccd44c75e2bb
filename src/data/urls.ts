import { paths, withBase } from '../lib/urls';

const base = import.meta.env.BASE_URL;

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
};
