/**
 * The parser of articles: Markdown with GitHub tables, MDX's JSX and `{…}`, and YAML frontmatter.
 * The renderer runs its plugins on the trees it makes. Imports only packages, so the second thread
 * of `parse-parallel.ts` can run it as Node runs TypeScript, without a bundler.
 */
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** The one processor that parses article files (see `parseArticleFile`). */
export const articleParser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']).use(remarkGfm);
