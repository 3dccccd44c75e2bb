import { getCollection } from 'astro:content';
import { categories, contentDir, retired, retiredFile, settings } from '../content/files';
import { ContentError, FILE_START, type Problem } from '../lint/problems';
import { buildSite, type Site } from '../content/site-model';
import { isSlug } from '../content/slug';

let site: Promise<Site> | undefined;

/** The site model, built and checked once per build; every page calls this. */
export function getSite(): Promise<Site> {
  return (site ??= load());
}

async function load(): Promise<Site> {
  const entries = await getCollection('articles');
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (!isSlug(entry.id)) {
      problems.push({
        file: entry.filePath ?? entry.id,
        ...FILE_START,
        rule: 'file-name',
        message: `the file name "${entry.id}.mdx" is not a slug`,
        fix: `rename it to "${entry.id.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.mdx" (lower-case letters, digits and "-")`,
      });
    }
  }
  if (!entries.some((e) => e.id === settings.featured)) {
    problems.push({
      file: `${contentDir}/site.json`,
      ...FILE_START,
      rule: 'site-settings',
      message: `featured: no article has the slug "${settings.featured}"`,
      fix: `name an article in ${contentDir}/articles/`,
    });
  }
  if (problems.length > 0) throw new ContentError(problems);
  return buildSite(
    entries.map((entry) => ({
      slug: entry.id,
      file: entry.filePath ?? `${contentDir}/articles/${entry.id}.mdx`,
      data: entry.data,
    })),
    categories,
    { file: retiredFile, articles: retired },
  );
}

export { categories, settings };
