import { escapeHtml } from '../shared/text';
import { paths, withBase } from '../shared/urls';

/** One redirect between two site-relative page paths (before the base path). */
export interface Redirect {
  /** The old or short path, e.g. `a/101` or `articles/old-slug`. */
  from: string;
  /** The article's path, e.g. `articles/what-is-myoperator`. */
  to: string;
  /** Why it exists, for people reading `_redirects`. */
  kind: 'short link' | 'old slug' | 'retired';
}

/** What a redirect needs of a live article. */
export interface RedirectArticle {
  slug: string;
  id: string;
  redirectFrom: readonly string[];
}

/** What a redirect needs of a retired article that has a replacement. */
export interface RedirectRetired {
  id: string;
  slug: string;
  oldSlugs: readonly string[];
  replacedBy?: string | undefined;
}

/** The short-link path of an article id: `a/<id>`. */
export const shortPath = (id: string) => `a/${id}`;

/**
 * Every redirect of the site: each article's short link `a/<id>` and old slugs
 * `articles/<old>`, and the short link and slugs of each retired article that
 * names a replacement. Sorted by `from`; assumes the content checks passed, so
 * no `from` appears twice.
 */
export function redirectMap(articles: readonly RedirectArticle[], retired: readonly RedirectRetired[] = []): Redirect[] {
  const list: Redirect[] = [];
  for (const article of articles) {
    const to = paths.article(article.slug);
    list.push({ from: shortPath(article.id), to, kind: 'short link' });
    for (const old of article.redirectFrom) list.push({ from: paths.article(old), to, kind: 'old slug' });
  }
  for (const gone of retired) {
    if (!gone.replacedBy) continue;
    const to = paths.article(gone.replacedBy);
    list.push({ from: shortPath(gone.id), to, kind: 'retired' });
    for (const old of [gone.slug, ...gone.oldSlugs]) list.push({ from: paths.article(old), to, kind: 'retired' });
  }
  return list.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * The redirects as a `_redirects` file for Netlify and Cloudflare Pages:
 * one `from to 301` line per path, with and without the trailing slash,
 * base path included.
 *
 * With other languages (`languages`, their codes, the default left out) a short
 * link opens the reader's language, so it gets no plain 301 to the default
 * language (browsers keep a 301 and would never ask again): only a
 * `302! Language=<code>` line per language for Netlify, which follows the
 * `nf_lang` cookie the language switch sets, else the browser's languages.
 * Cloudflare Pages ignores such lines, so it serves the short link's page,
 * whose script chooses. `/<code>/a/<id>` always leads to that language.
 */
export function redirectsFile(redirects: readonly Redirect[], base: string, languages: readonly string[] = []): string {
  const lines = ['# Short links, old slugs and retired articles. Generated at build time; edit the articles instead.'];
  const both = (source: string, rest: string) => lines.push(`${source.replace(/\/$/, '')} ${rest}`, `${source} ${rest}`);
  for (const { from, to } of redirects) {
    const source = withBase(base, from);
    const target = withBase(base, to);
    if (languages.length === 0 || !isShortPath(from)) {
      both(source, `${target} 301`);
      continue;
    }
    // Forced (`!`): the short link's own page exists, and Netlify would otherwise serve it.
    for (const lang of languages) both(source, `${withBase(base, `${lang}/${to}`)} 302! Language=${lang}`);
  }
  if (languages.length > 0) {
    lines.push('# Short links that force a language.');
    for (const lang of languages) {
      for (const { from, to } of redirects) {
        if (isShortPath(from)) both(withBase(base, `${lang}/${from}`), `${withBase(base, `${lang}/${to}`)} 301`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Whether a site path is a short link (`a/<id>`), which opens the reader's language. */
export const isShortPath = (path: string) => /^a\/[^/]+\/?$/.test(path);

/**
 * The script of a redirect page: go to the article at once, keeping the
 * `#anchor` (the meta refresh, the fallback without JavaScript, drops it). The
 * link's own href is used, not the canonical URL, so previews on other hosts work.
 */
export const REDIRECT_SCRIPT =
  "const a=document.querySelector('a[data-redirect-target]');if(a){let t=a.href;" +
  // A short link opens the reader's language: the one chosen on the site (localStorage "lang"), else the browser's.
  "try{const m=JSON.parse(a.dataset.languages||'{}');let l=null;try{l=localStorage.getItem('lang')}catch{}" +
  'l=l||(navigator.languages||[]).map((x)=>x.slice(0,2).toLowerCase()).find((x)=>x in m);if(l&&m[l])t=new URL(m[l],location.href).href}catch{}' +
  'location.replace(t+location.hash)}';

/**
 * The page served at a short link or old slug on hosts without `_redirects`:
 * it sends the reader to `href` (the article's path on this site), names the
 * article and says it is not to be indexed (`canonical` is the article's absolute URL).
 */
export function redirectPage(page: {
  title: string;
  href: string;
  canonical: string;
  /** The same article in each language (code → path, the default's included), for a short link that opens the reader's language. */
  languages?: Readonly<Record<string, string>>;
}): string {
  const title = escapeHtml(page.title);
  const href = escapeHtml(page.href);
  const languages = page.languages ? ` data-languages="${escapeHtml(JSON.stringify(page.languages))}"` : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<link rel="canonical" href="${escapeHtml(page.canonical)}">`,
    '<meta name="robots" content="noindex">',
    `<noscript><meta http-equiv="refresh" content="0; url=${href}"></noscript>`,
    `<script type="module">${REDIRECT_SCRIPT}</script>`,
    '</head>',
    `<body><p>This link leads to <a href="${href}" data-redirect-target${languages}>${title}</a>.</p></body>`,
    '</html>',
    '',
  ].join('\n');
}
