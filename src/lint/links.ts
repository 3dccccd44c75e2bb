/** What the link check needs to know of one built page. */
export interface PageLinks {
  /** Every `id` on the page, for `#fragment` targets. */
  ids: ReadonlySet<string>;
  /** Every link on the page. */
  links: readonly { href: string; rel?: string | undefined }[];
}

/** A link that does not lead where it says. */
export interface BrokenLink {
  /** The page the link is on, as a site path (`/articles/foo/`). */
  page: string;
  href: string;
  reason: string;
}

/**
 * The site path a built file is served at: `articles/a/index.html` →
 * `/articles/a/`, `404.html` → `/404.html`.
 */
export function pagePath(file: string): string {
  const path = `/${file.replace(/\\/g, '/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/**
 * Checks every link of a built site: an internal link must lead to a page or
 * file of the site (`files`: every served path) and its `#fragment`, if any,
 * to an id on that page; a link to another host must carry `rel="noopener"`.
 * `origin` is the site's own origin, so absolute links to it count as internal.
 */
export function findBrokenLinks(
  pages: ReadonlyMap<string, PageLinks>,
  files: ReadonlySet<string>,
  origin = 'http://localhost',
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [page, { links }] of pages) {
    for (const { href, rel } of links) {
      if (/^(mailto|tel|javascript|data):/i.test(href)) continue;
      const url = new URL(href, `${origin}${page}`);
      if (url.origin !== origin) {
        if (!/\bnoopener\b/.test(rel ?? '')) broken.push({ page, href, reason: 'links to another site without rel="noopener"' });
        continue;
      }
      const target = decodeURIComponent(url.pathname);
      if (!files.has(target) && !files.has(`${target}/`)) {
        broken.push({ page, href, reason: `no page at ${target}` });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      const targetPage = pages.get(files.has(target) ? target : `${target}/`);
      if (fragment && targetPage && !targetPage.ids.has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}" on ${target}` });
      }
    }
  }
  return broken;
}
