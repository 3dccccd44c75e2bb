/** A page an article's facts come from: its address and, when the author gave one, its title. */
export interface Source {
  url: string;
  title?: string;
}

/**
 * The address of one `sources` entry as written in frontmatter: a URL string, or
 * the `url` of a `{ url, title }` entry. `undefined` for anything else.
 */
export function sourceAddress(entry: unknown): string | undefined {
  if (typeof entry === 'string') return entry;
  if (entry && typeof entry === 'object' && typeof (entry as { url?: unknown }).url === 'string')
    return (entry as { url: string }).url;
  return undefined;
}

/**
 * One `sources` entry as a {@link Source}, for readers that see raw frontmatter
 * (the schema has already checked it by then). `undefined` when it has no URL.
 */
export function toSource(entry: unknown): Source | undefined {
  const url = sourceAddress(entry);
  if (url === undefined) return undefined;
  const title = typeof entry === 'object' && entry ? (entry as { title?: unknown }).title : undefined;
  return typeof title === 'string' && title.trim() !== '' ? { url, title: title.trim() } : { url };
}

/**
 * A URL as the same page however it is written: host in lower case, no `www.`,
 * no trailing `/`, no `#fragment`. Two sources with the same key cite one page.
 */
export function sourceKey(url: string): string {
  try {
    const parsed = new URL(url.trim());
    const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
    return `${host}${parsed.pathname.replace(/\/+$/, '')}${parsed.search}`;
  } catch {
    return url.trim();
  }
}

/**
 * What a reader sees for a source: its title, or, when it has none, the page's
 * name spelled out from the last part of its address and the site it is on,
 * e.g. "How do I add users (support.myoperator.com)". Never the raw URL.
 */
export function sourceLabel(source: Source): string {
  if (source.title) return source.title;
  let url: URL;
  try {
    url = new URL(source.url);
  } catch {
    return source.url;
  }
  const host = url.hostname.replace(/^www\./, '');
  const last = url.pathname.split('/').filter(Boolean).at(-1);
  if (!last) return host;
  let words: string;
  try {
    words = decodeURIComponent(last);
  } catch {
    words = last;
  }
  // Zoho and Crisp append a date (…-22-8-2025) or an id (…-12o5duc) to the page's name; neither helps a reader.
  words = words
    .replace(/\.[a-z0-9]+$/i, '')
    .replace(/(?:-\d{1,2}-\d{1,2}-\d{4})$/, '')
    .replace(/-(?=[a-z0-9]*\d)[a-z0-9]{5,8}$/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  if (!words) return host;
  return `${words.charAt(0).toUpperCase()}${words.slice(1)} (${host})`;
}
