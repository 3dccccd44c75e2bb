import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { slugify } from '../../src/content/slug';

const dir = join(import.meta.dirname, '..', '..', 'content');

/** What the browser tests expect of an article, read straight from its file. */
export interface ExpectedArticle {
  slug: string;
  title: string;
  quickAnswer: string;
  category: string;
  keywords: string[];
  related: string[];
}

/** Every article in content/articles/, as the author wrote it. */
export const articles: ExpectedArticle[] = readdirSync(join(dir, 'articles'))
  .filter((file) => file.endsWith('.mdx') && !file.startsWith('_'))
  .map((file) => {
    const { frontmatter } = parseFrontmatter(readFileSync(join(dir, 'articles', file), 'utf8'));
    const data = frontmatter as Record<string, unknown>;
    return {
      slug: file.replace(/\.mdx$/, ''),
      title: String(data.title),
      quickAnswer: String(data.quickAnswer),
      category: String(data.category),
      keywords: (data.keywords as string[]) ?? [],
      related: (data.related as string[]) ?? [],
    };
  });

/** The declared categories. */
export const categories: { slug: string; title: string }[] = JSON.parse(readFileSync(join(dir, 'categories.json'), 'utf8'));

/** Slugs of the articles carrying each tag, computed independently of the site's code. */
export function articlesByTag(): Map<string, Set<string>> {
  const byTag = new Map<string, Set<string>>();
  for (const article of articles) {
    for (const keyword of article.keywords) {
      const tag = slugify(keyword);
      if (!byTag.has(tag)) byTag.set(tag, new Set());
      byTag.get(tag)!.add(article.slug);
    }
  }
  return byTag;
}
