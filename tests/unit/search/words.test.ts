import { describe, expect, it } from 'vitest';
import { HINGLISH, STOPWORDS, words } from '../../../src/search/words';

describe('words', () => {
  it('splits on punctuation and folds Latin accents', () => {
    expect(words('Allow-list IPs! Café')).toEqual(['allow', 'list', 'ips', 'cafe']);
  });

  it('keeps a Hindi word whole, vowel signs included', () => {
    expect(words('भुगतान की रसीद नहीं आई।')).toEqual(['भुगतान', 'की', 'रसीद', 'नहीं', 'आई']);
  });

  it('lists Hinglish words that are not stopwords', () => {
    expect(HINGLISH).toEqual(expect.arrayContaining(['aaya', 'gaya', 'naya']));
    expect(HINGLISH.filter((w) => STOPWORDS.has(w))).toEqual([]);
  });
});
