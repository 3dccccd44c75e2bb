import { editDistance } from '../closest';

/** The site's own words, most frequent first: what a mistyped query word is corrected to. */
export interface Vocabulary {
  /** Words in rank order (index 0 is the most frequent). */
  words: readonly string[];
}

/** Largest edit distance allowed for a word of this length: short words tolerate less. */
export function maxDistance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** True when two letters sit next to each other on a QWERTY keyboard (a likely slip of the finger). */
export function keyboardNeighbours(a: string, b: string): boolean {
  const at = (c: string) => ROWS.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c)] as const] : []))[0];
  const pa = at(a);
  const pb = at(b);
  return !!pa && !!pb && a !== b && Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

/**
 * The vocabulary word closest to `word` within `maxDistance(word.length)`, or
 * undefined when none is close. Ties go to a word reached by hitting a key next
 * to the right one ("sinple" → "simple", not "single"), then to the more
 * frequent word (the earlier one). A word already in the vocabulary is returned unchanged.
 */
export function correctWord(word: string, vocabulary: Vocabulary): string | undefined {
  const limit = maxDistance(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestSlip = false;
  for (const candidate of vocabulary.words) {
    if (candidate === word) return word;
    if (Math.abs(candidate.length - word.length) > bestDistance) continue;
    // Swapped neighbours ("recieve") are one slip, not two: count them as 1.
    const distance = isTransposition(word, candidate) ? 1 : editDistance(word, candidate);
    if (distance > bestDistance) continue;
    const slip = distance === 1 && isNeighbourSlip(word, candidate);
    if (distance < bestDistance || (slip && !bestSlip)) {
      best = candidate;
      bestDistance = distance;
      bestSlip = slip;
    }
  }
  return best;
}

function isNeighbourSlip(typed: string, candidate: string): boolean {
  if (typed.length !== candidate.length) return false;
  for (let i = 0; i < typed.length; i++) if (typed[i] !== candidate[i]) return keyboardNeighbours(typed[i]!, candidate[i]!);
  return false;
}

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (first === -1) first = i;
      else return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    }
  }
  return false;
}

/**
 * Counts words across documents and keeps the `cap` most frequent of at least
 * three letters (no digits), most frequent first, ties alphabetical. `extra`
 * words (synonym terms) are always kept.
 */
export function buildVocabulary(texts: Iterable<readonly string[]>, cap: number, extra: readonly string[] = []): string[] {
  const counts = new Map<string, number>();
  for (const list of texts) for (const word of list) counts.set(word, (counts.get(word) ?? 0) + 1);
  return rankVocabulary(counts, cap, extra);
}

/** `buildVocabulary` from word counts already made (so a big site's texts need not all be kept in memory). */
export function rankVocabulary(allCounts: ReadonlyMap<string, number>, cap: number, extra: readonly string[] = []): string[] {
  const counts = [...allCounts].filter(([word]) => /^\p{L}{3,24}$/u.test(word));
  const ranked = counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const kept = ranked.slice(0, cap);
  const have = new Set(kept);
  for (const word of extra) {
    if (/^\p{L}{3,24}$/u.test(word) && !have.has(word)) {
      kept.push(word);
      have.add(word);
    }
  }
  return kept;
}

/** The vocabulary file: one word a line, most frequent first. */
export function encodeVocabulary(list: readonly string[]): string {
  return `${list.join('\n')}\n`;
}

/** Reads the vocabulary file written by `encodeVocabulary`. */
export function decodeVocabulary(text: string): Vocabulary {
  return { words: text.split('\n').filter(Boolean) };
}
