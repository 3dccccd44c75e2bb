import { editDistance } from '../shared/closest';

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
 * frequent word (the earlier one). A word already in the vocabulary is returned
 * unchanged; `avoid` words (stopwords) are never the correction. Whether the word
 * is a real word that must be left alone is `isLanguageWord`'s question, asked first.
 */
export function correctWord(
  word: string,
  vocabulary: Vocabulary,
  avoid: (word: string) => boolean = () => false,
): string | undefined {
  const limit = maxDistance(word.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestSlip = false;
  for (const candidate of vocabulary.words) {
    if (candidate === word) return word;
    if (avoid(candidate)) continue;
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
export function rankVocabulary(
  allCounts: ReadonlyMap<string, number>,
  cap: number,
  extra: readonly string[] = [],
  exclude: (word: string) => boolean = () => false,
): string[] {
  const counts = [...allCounts].filter(([word]) => /^\p{L}{3,24}$/u.test(word) && !exclude(word));
  const ranked = counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  const kept = ranked.slice(0, cap);
  const have = new Set(kept);
  for (const word of extra) {
    if (/^\p{L}{3,24}$/u.test(word) && !have.has(word) && !exclude(word)) {
      kept.push(word);
      have.add(word);
    }
  }
  return kept;
}

/** The language word list as the browser fetches it: `index` holds each shard's first word, in order; shard `n` is `shards[n]`. */
export interface WordShards {
  index: string[];
  shards: string[][];
}

/** Words per shard of the language word list: about 5 KB gzipped each, some 100 files. */
export const SHARD_WORDS = 2500;

/**
 * A word list of the language (English and Hinglish) cut into shards of `size` consecutive words of
 * its sorted order, keeping only words long enough to be corrected (`maxDistance` > 0), lower case.
 * The browser fetches the index, then only the shard that would hold a word it is about to correct.
 * Few files rather than one per prefix: each file costs a build time to write and a host to store.
 */
export function shardWords(list: Iterable<string>, size = SHARD_WORDS): WordShards {
  const words = new Set<string>();
  for (const raw of list) {
    const word = raw.toLowerCase();
    if (maxDistance(word.length) > 0 && /^\p{L}+$/u.test(word)) words.add(word);
  }
  const sorted = [...words].sort();
  const shards: string[][] = [];
  for (let start = 0; start < sorted.length; start += size) shards.push(sorted.slice(start, start + size));
  return { index: shards.map((shard) => shard[0]!), shards };
}

/** The number of the shard that would hold `word`: the last one whose first word is not after it (0 when none is). */
export function shardOf(index: readonly string[], word: string): number {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (index[mid]! <= word) low = mid + 1;
    else high = mid;
  }
  return Math.max(0, low - 1);
}

/**
 * The correction for each word of a query, or the word itself: words the index has (`known`), words
 * of the language (`isLanguageWord`: "switch", "cell", "fallback", "aaya") and words with no close
 * vocabulary word stay as typed; stopwords are never a correction.
 */
export async function correctQuery(
  typed: readonly string[],
  known: readonly boolean[],
  vocabulary: Vocabulary,
  isLanguageWord: (word: string) => Promise<boolean>,
  isStopword: (word: string) => boolean,
): Promise<string[]> {
  return Promise.all(
    typed.map(async (word, i) => {
      if (known[i]) return word;
      const correction = correctWord(word, vocabulary, isStopword);
      if (correction === undefined || correction === word) return word;
      return (await isLanguageWord(word)) ? word : correction;
    }),
  );
}

/**
 * Whether a corrected query's results should be shown. Not when the query's other words (those not
 * corrected, stopwords aside) already find pages and the correction makes it match most of the site
 * ("receipt nahi aaya": "receipt" finds 60 pages; "aaya" → "naya" would match 999 of 1,000).
 */
export function keepCorrection(outcome: { correctedTotal: number; othersTotal: number; pageCount: number }): boolean {
  const { correctedTotal, othersTotal, pageCount } = outcome;
  return !(othersTotal > 0 && correctedTotal > pageCount / 2);
}

/** The vocabulary file: one word a line, most frequent first. */
export function encodeVocabulary(list: readonly string[]): string {
  return `${list.join('\n')}\n`;
}

/** Reads the vocabulary file written by `encodeVocabulary`. */
export function decodeVocabulary(text: string): Vocabulary {
  return { words: text.split('\n').filter(Boolean) };
}
