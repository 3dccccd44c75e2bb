import { sourceAddress, sourceKey } from '../content/sources';
import type { LintRule } from './types';

/**
 * A page cited twice (the same address, however its host case, `www.`, trailing
 * `/` or `#fragment` are written) adds nothing and hides that one of the two was
 * meant to be another page.
 */
export const duplicateSources: LintRule = (article) => {
  const sources = article.data.sources;
  if (!Array.isArray(sources)) return [];
  const seen = new Map<string, number>();
  return sources.flatMap((source: unknown, index) => {
    const url = sourceAddress(source);
    if (url === undefined) return [];
    const key = sourceKey(url);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return [];
    }
    return [
      {
        ...article.at(typeof source === 'string' ? ['sources', index] : ['sources', index, 'url']),
        message: `sources[${index}] "${url}" cites the same page as sources[${first}]`,
        fix: `remove sources[${index}]; if you meant another page, put that page's address here instead`,
      },
    ];
  });
};
