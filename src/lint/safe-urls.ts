import { urlProblem } from '../render/raw-html';
import { placeOf, walk } from './mdx';
import type { Finding, LintRule } from './types';

/** Attributes of a tag or component whose value is a link or a media address. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite', 'captions']);

/** A finding for the unsafe `url` at `place`: what `urlProblem` says, its fix after the last colon. */
function finding(place: Finding, text: string): Finding {
  const split = text.lastIndexOf(': ');
  return { ...place, message: text.slice(0, split), fix: text.slice(split + 2) };
}

/**
 * No link or media address may use a scheme that could run code
 * (`javascript:`, `vbscript:`, `data:`), in Markdown or in an attribute,
 * however it is disguised.
 */
export const safeUrls: LintRule = (article) =>
  walk(article.tree).flatMap((node): Finding[] => {
    const place = { ...placeOf(node), message: '', fix: '' };
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && node.url !== undefined) {
      const problem = urlProblem(node.url);
      return problem ? [finding(place, problem)] : [];
    }
    if (node.type !== 'mdxJsxFlowElement' && node.type !== 'mdxJsxTextElement') return [];
    return (node.attributes ?? []).flatMap((attribute) => {
      if (!attribute.name || !URL_ATTRIBUTES.has(attribute.name) || typeof attribute.value !== 'string') return [];
      const problem = urlProblem(attribute.value);
      return problem ? [finding({ ...place, ...placeOf(attribute) }, problem)] : [];
    });
  });
