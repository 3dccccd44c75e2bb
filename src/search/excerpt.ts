import type { WordLocation } from './pagefind-search';

/** A run of excerpt text, marked when it is a matched word. Always rendered as text, never as HTML. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * Where an excerpt of `length` words should start: the window holding the
 * most matched-word score, the middle one of equally good neighbours
 * (Pagefind's `calculate_excerpt_region`).
 */
export function excerptStart(locations: readonly WordLocation[], length: number): number {
  if (locations.length === 0) return 0;
  const words: number[] = [];
  for (const { location, score } of locations) words[location] = (words[location] ?? 0) + score;
  if (words.length <= length) return 0;
  let densest = 0;
  for (let i = 0; i < length; i++) densest += words[i] ?? 0;
  let sum = densest;
  let best = [0];
  for (let i = 0; i < words.length; i++) {
    sum += (words[i + length] ?? 0) - (words[i] ?? 0);
    if (sum > densest) {
      densest = sum;
      best = [i];
    } else if (sum === densest && best[best.length - 1] === i - 1) {
      best.push(i);
    }
  }
  return best[Math.floor(best.length / 2)]!;
}

/**
 * The excerpt of a page's content around its matched words: `length` words
 * from where `excerptStart` puts it, the matched words marked
 * (Pagefind's `build_excerpt`, as parts instead of HTML).
 */
export function buildExcerpt(content: string, locations: readonly WordLocation[], length: number): ExcerptPart[] {
  const words = content.split(/[\r\n\s]+/g);
  const size = Math.min(length, words.length);
  const start = Math.max(0, Math.min(excerptStart(locations, length), words.length - size));
  const marked = new Set(locations.map((l) => l.location));
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  for (let i = start; i < start + size; i++) {
    if (i > start) push(' ', false);
    push(words[i]!, marked.has(i));
  }
  // Like the HTML excerpt, no space at either end.
  if (parts[0] && !parts[0].mark) parts[0].text = parts[0].text.trimStart();
  const last = parts[parts.length - 1];
  if (last && !last.mark) last.text = last.text.trimEnd();
  return parts.filter((p) => p.text !== '');
}
