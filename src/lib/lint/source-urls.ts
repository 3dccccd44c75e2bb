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

/** Every `sources` entry must be an http(s) URL a reader can open. */
export const sourceUrls: LintRule = (article) => {
  const sources = article.data.sources;
  if (!Array.isArray(sources)) return [];
  return sources.flatMap((source: unknown, index) => {
    const problem = typeof source === 'string' ? sourceUrlProblem(source) : 'is not text';
    if (!problem) return [];
    return [
      {
        ...article.at(['sources', index]),
        message: `sources[${index}] "${String(source)}" ${problem}`,
        fix: 'copy the full address from the browser, e.g. https://support.myoperator.com/portal/en/kb/articles/…',
      },
    ];
  });
};
