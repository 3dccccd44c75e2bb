import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'parse5';
import { pagePath, type PageLinks } from '../../src/lint/links';

/** The built site the browser tests run against. */
export const distDir = join(import.meta.dirname, '..', '..', process.env.HELPCENTER_OUT ?? 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every file of the built site, relative to the output folder. */
export function siteFiles(): string[] {
  return walk(distDir).map((file) => relative(distDir, file));
}

/** Site paths of every HTML page (`/articles/a/`), sorted. */
export function htmlPages(): string[] {
  return siteFiles()
    .filter((f) => f.endsWith('.html'))
    .map(pagePath)
    .sort();
}

interface Node {
  nodeName: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** Ids and links of every built HTML page, keyed by site path. */
export function pageLinks(): Map<string, PageLinks> {
  const pages = new Map<string, PageLinks>();
  for (const file of siteFiles().filter((f) => f.endsWith('.html'))) {
    const ids = new Set<string>();
    const links: { href: string; rel?: string }[] = [];
    const visit = (node: Node) => {
      const attrs = Object.fromEntries((node.attrs ?? []).map((a) => [a.name, a.value]));
      if (attrs.id) ids.add(attrs.id);
      if ((node.nodeName === 'a' || node.nodeName === 'area') && attrs.href !== undefined) {
        links.push({ href: attrs.href, ...(attrs.rel ? { rel: attrs.rel } : {}) });
      }
      node.childNodes?.forEach(visit);
      if (node.content) visit(node.content);
    };
    visit(parse(readFileSync(join(distDir, file), 'utf8')) as unknown as Node);
    pages.set(pagePath(file), { ids, links });
  }
  return pages;
}

/** Site paths of every page listed in the built sitemap(s), sorted. */
export function sitemapPages(): string[] {
  return siteFiles()
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .flatMap((f) =>
      [...readFileSync(join(distDir, f), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname),
    )
    .sort();
}
