/**
 * Joins the site's base path and a site-relative path, with exactly one `/`
 * between them and a trailing `/` on page paths: `withBase('/help/', 'tags/ivr')`
 * is `/help/tags/ivr/`. Paths with a file extension or a `#`/`?` part keep their end.
 */
export function withBase(base: string, path: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  if (rest === '') return root;
  const hasEnd = /[?#]|\.[a-z0-9]+$/i.test(rest) || rest.endsWith('/');
  return `${root}${rest}${hasEnd ? '' : '/'}`;
}

/** Site-relative paths of each kind of page, before the base path. */
export const paths = {
  home: () => '',
  article: (slug: string) => `articles/${slug}`,
  category: (slug: string) => `categories/${slug}`,
  categories: () => 'categories',
  tag: (slug: string) => `tags/${slug}`,
  tags: () => 'tags',
};

/**
 * An absolute URL on the site: the configured site origin (`SITE_URL`), the
 * base path (`BASE_PATH`) and a site-relative path. `absoluteUrl('https://help.example.com',
 * '/help/', 'a/101')` is `https://help.example.com/help/a/101/`.
 */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
