import { sourceAddress } from '../content/sources';
import type { LintRule } from './types';

/** Why a source URL is malformed, or `undefined` when it is a usable http(s) address. */
export function sourceUrlProblem(value: string): string | undefined {
  if (/\s/.test(value.trim())) return 'contains a space';
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `starts with "${url.protocol}" instead of https:`;
  if (!/^[^.]+(\.[^.]+)+$/.test(url.hostname)) return `has no domain name: "${url.hostname}"`;
  return undefined;
}

/** Every `sources` entry must be an http(s) URL a reader can open (a plain URL, or the `url` of `{ url, title }`). */
export const sourceUrls: LintRule = (article) => {
  const sources = article.data.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown, index) => {
    const url = sourceAddress(source);
    const problem = url === undefined ? 'is neither a URL nor { url, title }' : sourceUrlProblem(url);
    if (!problem) return [];
    const path = typeof source === 'string' || url === undefined ? ['sources', index] : ['sources', index, 'url'];
    return [
      {
        ...article.at(path),
        message: `sources[${index}] "${url ?? JSON.stringify(source)}" ${problem}`,
        fix: 'copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…',
      },
    ];
  });
};
