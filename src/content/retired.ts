import { FILE_START, type Problem } from '../lint/problems';
import { NO_PLACES, type Locate } from './related';
import type { RetiredArticle } from './schema/retired';

/** What the retired-id rules need to know of a live article. */
export interface LiveArticle {
  slug: string;
  file: string;
  id: string;
  redirectFrom: readonly string[];
}

/**
 * Checks that no live article reuses an id or slug of a retired one
 * (`content/retired.json`), that the registry names each id and slug once, and
 * that every `replacedBy` is a live article. Every problem names the retired
 * article that held the id or slug.
 */
export function checkRetired(
  live: readonly LiveArticle[],
  retired: readonly RetiredArticle[],
  registry: string,
  locate: Locate = NO_PLACES,
): Problem[] {
  const problems: Problem[] = [];
  const inRegistry = { file: registry, ...FILE_START, rule: 'retired' };
  const held = (r: RetiredArticle) => `the retired article "${r.slug}" (“${r.title}”, id "${r.id}", listed in ${registry})`;
  const byId = new Map<string, RetiredArticle>();
  const bySlug = new Map<string, RetiredArticle>();
  const liveSlugs = new Set(live.map((a) => a.slug));
  retired.forEach((entry, index) => {
    const other = byId.get(entry.id);
    if (other) {
      problems.push({
        ...inRegistry,
        message: `entry ${index + 1}: id "${entry.id}" is listed twice (also for "${other.slug}")`,
        fix: 'each retired id appears once; remove one',
      });
    } else byId.set(entry.id, entry);
    for (const slug of [entry.slug, ...entry.oldSlugs]) {
      const holder = bySlug.get(slug);
      if (holder && holder !== entry) {
        problems.push({
          ...inRegistry,
          message: `entry ${index + 1}: slug "${slug}" is listed twice (also for "${holder.slug}")`,
          fix: 'each retired slug appears once; remove one',
        });
      } else bySlug.set(slug, entry);
    }
    if (entry.replacedBy !== undefined && !liveSlugs.has(entry.replacedBy)) {
      problems.push({
        ...inRegistry,
        message: `entry ${index + 1}: replacedBy: no article has the slug "${entry.replacedBy}"`,
        fix: 'name a live article in content/articles/ or remove replacedBy',
      });
    }
  });
  for (const article of live) {
    const byThisId = byId.get(article.id);
    if (byThisId) {
      problems.push({
        file: article.file,
        ...locate(article.file, ['id']),
        rule: 'retired',
        message: `id "${article.id}" was held by ${held(byThisId)}; ids are never reused`,
        fix: 'give this article a new one',
      });
    }
    const bySlugHere = bySlug.get(article.slug);
    if (bySlugHere) {
      problems.push({
        file: article.file,
        ...FILE_START,
        rule: 'retired',
        message: `the slug "${article.slug}" was held by ${held(bySlugHere)}; slugs are never reused`,
        fix: 'rename the file',
      });
    }
    article.redirectFrom.forEach((old, index) => {
      const holder = bySlug.get(old);
      if (holder) {
        problems.push({
          file: article.file,
          ...locate(article.file, ['redirectFrom', index]),
          rule: 'retired',
          message: `redirectFrom[${index}] "${old}" was held by ${held(holder)}`,
          fix: `to send its readers here, set "replacedBy": "${article.slug}" on its entry instead`,
        });
      }
    });
  }
  return problems;
}
