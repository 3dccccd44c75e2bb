import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, retired } from './content-files';
import { redirectMap, type Redirect } from './lib/redirects';

let cached: Redirect[] | undefined;

/**
 * The site's redirects read straight from the article files, for build steps
 * that run outside the pages (the sitemap filter, `_redirects`). Read once per
 * build; the pages' site model has already checked the same content.
 */
export function readRedirects(): Redirect[] {
  return (cached ??= read());
}

function read(): Redirect[] {
  const dir = join(contentDir, 'articles');
  const articles = readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .map((file) => {
      const data = parseFrontmatter(readFileSync(join(dir, file), 'utf8')).frontmatter as Record<string, unknown>;
      const redirectFrom = Array.isArray(data.redirectFrom) ? data.redirectFrom.map(String) : [];
      return { slug: file.replace(/\.mdx$/, ''), id: String(data.id), redirectFrom };
    });
  return redirectMap(articles, retired);
}
