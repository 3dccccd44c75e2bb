import { describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  correctWord,
  decodeVocabulary,
  encodeVocabulary,
  keyboardNeighbours,
  maxDistance,
} from '../../../src/lib/search/correct';

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
