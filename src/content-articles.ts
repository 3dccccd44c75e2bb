import { parseFrontmatter } from '@astrojs/markdown-remark';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentDir, retired } from './content-files';
import { redirectMap, type Redirect } from './lib/redirects';
import { toSource, type Source } from './lib/sources';

/** What the build steps outside the pages need of an article file. */
export interface ArticleFile {
  slug: string;
  id: string;
  title: string;
  quickAnswer: string;
  sources: Source[];
  redirectFrom: string[];
  /** The MDX after the frontmatter. */
  body: string;
}

let cached: ArticleFile[] | undefined;

/**
 * The articles read straight from their files, for build steps that run
 * outside the pages (`_redirects`, redirect pages, Markdown exports). Read once
 * per build, after the content loader has checked the same files. With `lang`,
 * the translations in `content/articles/<lang>/` (none when the folder is absent).
 */
export function readArticleFiles(lang?: string): ArticleFile[] {
  if (lang) {
    const dir = join(contentDir, 'articles', lang);
    return existsSync(dir) ? read(dir) : [];
  }
  return (cached ??= read(join(contentDir, 'articles')));
}

function read(dir: string): ArticleFile[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
    .sort()
    .map((file) => {
      const { frontmatter, content } = parseFrontmatter(readFileSync(join(dir, file), 'utf8'));
      const data = frontmatter as Record<string, unknown>;
      const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
      return {
        slug: file.replace(/\.mdx$/, ''),
        id: String(data.id),
        title: String(data.title),
        quickAnswer: String(data.quickAnswer),
        sources: Array.isArray(data.sources) ? data.sources.flatMap((entry) => toSource(entry) ?? []) : [],
        redirectFrom: list(data.redirectFrom),
        body: content,
      };
    });
}

/** Short links, old slugs and replaced retired articles, each leading to a live article. */
export function readRedirects(): Redirect[] {
  return redirectMap(readArticleFiles(), retired);
}
