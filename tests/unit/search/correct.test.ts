import { beforeAll, describe, expect, it } from 'vitest';
import { languageWords } from '../../../src/build/pagefind';
import {
  buildVocabulary,
  correctQuery,
  correctWord,
  decodeVocabulary,
  encodeVocabulary,
  keepCorrection,
  keyboardNeighbours,
  maxDistance,
  shardOf,
  SHARD_WORDS,
  type WordShards,
  shardWords,
} from '../../../src/search/correct';
import { STOPWORDS } from '../../../src/search/words';

const vocabulary = decodeVocabulary(
  encodeVocabulary(['password', 'received', 'receipt', 'firewall', 'whatsapp', 'ports', 'port', 'passport']),
);

describe('correctWord', () => {
  it('corrects a word one or two edits away to a word of the site', () => {
    expect(correctWord('pasword', vocabulary)).toBe('password');
    expect(correctWord('firewal', vocabulary)).toBe('firewall');
    expect(correctWord('whatsap', vocabulary)).toBe('whatsapp');
  });

  it('counts swapped neighbouring letters as one slip', () => {
    expect(correctWord('recieved', vocabulary)).toBe('received');
    expect(correctWord('reciept', vocabulary)).toBe('receipt');
  });

  it('prefers the more frequent word when two are equally close', () => {
    // "passwort" is one edit from both "password" and "passport"; "password" is more frequent.
    expect(correctWord('passwort', vocabulary)).toBe('password');
    expect(correctWord('portp', decodeVocabulary('ports\nport\n'))).toBe('ports');
    expect(correctWord('portp', decodeVocabulary('port\nports\n'))).toBe('port');
  });

  it('prefers a key next to the one typed over a more frequent word', () => {
    expect(correctWord('sinple', decodeVocabulary('single\nsimple\n'))).toBe('simple');
    expect(keyboardNeighbours('n', 'm')).toBe(true);
    expect(keyboardNeighbours('p', 'g')).toBe(false);
  });

  it('leaves short words and words far from everything alone', () => {
    expect(maxDistance(3)).toBe(0);
    expect(correctWord('pot', vocabulary)).toBeUndefined();
    expect(correctWord('zebra', vocabulary)).toBeUndefined();
  });

  it('returns a known word unchanged', () => {
    expect(correctWord('receipt', vocabulary)).toBe('receipt');
  });
});

describe('buildVocabulary', () => {
  it('keeps the most frequent words of three or more letters, most frequent first, plus synonym words', () => {
    const list = buildVocabulary(
      [
        ['call', 'flow', 'ivr', 'to', 'call'],
        ['call', 'flow', '5060', 'sip'],
      ],
      2,
      ['allowlist'],
    );
    expect(list).toEqual(['call', 'flow', 'allowlist']);
  });

  it('stays within the cap however many words the site has', () => {
    const many = Array.from(
      { length: 10_000 },
      (_, i) =>
        `word${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + (Math.floor(i / 26) % 26))}${String.fromCharCode(97 + (Math.floor(i / 676) % 26))}`,
    );
    expect(buildVocabulary([many], 4000).length).toBe(4000);
  });
});

describe('typo correction leaves real words alone (issue 12)', () => {
  // The site's words as the build ranks them, stopwords already left out: each issue example's wrong target is here.
  const site = decodeVocabulary(encodeVocabulary(['text', 'call', 'callback', 'naya', 'password', 'receipt', 'width']));
  let shards: WordShards;
  const isLanguageWord = async (word: string) => shards.shards[shardOf(shards.index, word)]!.includes(word);
  const correct = (query: string, known: boolean[] = query.split(' ').map(() => false)) =>
    correctQuery(query.split(' '), known, site, isLanguageWord, (w) => STOPWORDS.has(w)).then((w) => w.join(' '));

  beforeAll(async () => {
    shards = shardWords(await languageWords());
  });

  it('never corrects a word of the English word list: "next", "cell", "fallback", "switch"', async () => {
    expect(correctWord('next', site)).toBe('text');
    expect(await correct('next')).toBe('next');
    expect(await correct('cell')).toBe('cell');
    expect(await correct('fallback')).toBe('fallback');
    expect(await correct('switch')).toBe('switch');
  });

  it('never corrects Hinglish words: "gaya" and "aaya" stay', async () => {
    expect(correctWord('aaya', site)).toBe('naya');
    expect(await correct('receipt nahi aaya', [true, true, false])).toBe('receipt nahi aaya');
    expect(await correct('gaya')).toBe('gaya');
  });

  it('never corrects into a stopword: "switch" does not become "with"', () => {
    const withStopword = decodeVocabulary('with\nswitches\n');
    expect(correctWord('switch', withStopword)).toBe('with');
    expect(correctWord('switch', withStopword, (w) => STOPWORDS.has(w))).toBe('switches');
    expect(correctWord('wiht', withStopword, (w) => STOPWORDS.has(w))).toBeUndefined();
  });

  it('still corrects typos that are not words', async () => {
    expect(await correct('pasword')).toBe('password');
    expect(await correct('reciept')).toBe('receipt');
    expect(await correct('receipt pasword', [true, false])).toBe('receipt password');
  });

  it('never turns a query whose other words find pages into one matching most of the site', () => {
    // "receipt nahi aaya" at 1,000 articles: "receipt" finds 60 pages; "aaya" → "naya" would match 999.
    expect(keepCorrection({ othersTotal: 60, correctedTotal: 999, pageCount: 1000 })).toBe(false);
    // "reciept not recieved": no other word of meaning, so the correction stands however much it matches.
    expect(keepCorrection({ othersTotal: 0, correctedTotal: 999, pageCount: 1000 })).toBe(true);
    expect(keepCorrection({ othersTotal: 60, correctedTotal: 120, pageCount: 1000 })).toBe(true);
  });

  it('ships the word list in about a hundred shards of consecutive words, each found by its index', () => {
    const { index, shards: lists } = shards;
    expect(lists.length).toBeGreaterThan(50);
    expect(lists.length).toBeLessThan(200);
    expect(lists[shardOf(index, 'switch')]).toContain('switch');
    expect(lists[shardOf(index, 'aaya')]).toContain('aaya');
    // Before the first word, after the last, and exactly a shard's first word.
    expect(shardOf(index, 'a')).toBe(0);
    expect(shardOf(index, 'zzzzzz')).toBe(lists.length - 1);
    expect(shardOf(index, index[7]!)).toBe(7);
    expect(lists.every((list, n) => list[0] === index[n] && list.length <= SHARD_WORDS)).toBe(true);
    expect(lists.flat().every((w) => w.length >= 4)).toBe(true);
    expect(lists.flat().every((w, i, all) => i === 0 || all[i - 1]! < w)).toBe(true);
  });
});
