import { getCollection } from 'astro:content';
import { categories, contentDir, retired, retiredFile, settings } from '../content/files';
import { buildSite, type Site } from '../content/site-model';

let site: Promise<Site> | undefined;

/** The site model, built once per build; every page calls this. */
export function getSite(): Promise<Site> {
  return (site ??= load());
}

// Every article and the settings passed the content check (the build's first step), so the model is built as read.
async function load(): Promise<Site> {
  const entries = await getCollection('articles');
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
