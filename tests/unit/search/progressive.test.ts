import { describe, expect, it } from 'vitest';
import { mergeLanguages, settleOrder } from '../../../src/search/rank';
import { alternativesFor, expandQuery, synonymTable } from '../../../src/search/synonyms';
import { indexesFor } from '../../../src/search/words';

const table = synonymTable([
  ['inbox', 'email'],
  ['bill', 'invoice', 'receipt'],
]);

describe('early results: the reader’s own words first, synonyms after', () => {
  const [receipt, inbox] = expandQuery(['receipt', 'inbox'], table);

  it('searches only the own term first, and says the full search has more to do', () => {
    expect(alternativesFor(receipt!, 12, 50, true)).toEqual({ alternatives: ['receipt'], partial: true });
    expect(alternativesFor(receipt!, 12, 50)).toEqual({ alternatives: ['receipt', 'bill', 'invoice'], partial: false });
  });

  it('leaves out an idea only synonyms find, so its chunks are loaded after the first results', () => {
    // "inbox" is on no page: the full search looks for "email" instead.
    expect(alternativesFor(inbox!, 0, 50, true)).toEqual({ alternatives: undefined, partial: true });
    expect(alternativesFor(inbox!, 0, 50)).toEqual({ alternatives: ['email'], partial: false });
  });

  it('is final at once when the own words are all there is to search', () => {
    expect(alternativesFor(receipt!, 80, 50, true)).toEqual({ alternatives: ['receipt'], partial: false });
    const [alone] = expandQuery(['recharge'], table);
    expect(alternativesFor(alone!, 3, 50, true)).toEqual({ alternatives: ['recharge'], partial: false });
  });

  it('keeps a word that is on no page and has no synonym, as the full search does, but marks it provisional', () => {
    const [alone] = expandQuery(['zzz'], table);
    expect(alternativesFor(alone!, 0, 50)).toEqual({ alternatives: ['zzz'], partial: false });
    expect(alternativesFor(alone!, 0, 50, true)).toEqual({ alternatives: undefined, partial: true });
  });
});

describe('settleOrder', () => {
  it('shows the settled ranking while the reader has not reached for the list', () => {
    expect(settleOrder(['a', 'b', 'c'], ['d', 'a', 'b', 'c'], 3, false)).toEqual(['d', 'a', 'b']);
  });

  it('once the reader points, touches or focuses, keeps what is shown in place and appends the rest', () => {
    expect(settleOrder(['a', 'b', 'c'], ['d', 'a', 'e', 'b', 'c'], 5, true)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('never removes a shown result, even when the settled top list is full', () => {
    expect(settleOrder(['a', 'b'], ['d', 'e', 'a', 'b'], 2, true)).toEqual(['a', 'b']);
    expect(settleOrder(['a', 'b'], ['d', 'e', 'a', 'b'], 3, true)).toEqual(['a', 'b', 'd']);
  });

  it('changes nothing when the settled ranking is the one shown', () => {
    expect(settleOrder(['a', 'b'], ['a', 'b'], 6, false)).toEqual(['a', 'b']);
    expect(settleOrder(['a', 'b'], ['a', 'b'], 6, true)).toEqual(['a', 'b']);
  });
});

describe('indexesFor', () => {
  it('searches English too for a Latin-script query on the Hindi site, English shown second', () => {
    expect(indexesFor('recharge', 'hi')).toEqual(['hi', 'en']);
    expect(indexesFor('receipt nahi aaya', 'hi-IN')).toEqual(['hi', 'en']);
    expect(indexesFor('IP 2024', 'hi')).toEqual(['hi', 'en']);
  });

  it('searches only the Hindi index for a Devanagari query, even mixed with Latin words', () => {
    expect(indexesFor('भुगतान', 'hi')).toEqual(['hi']);
    expect(indexesFor('MyOperator भुगतान', 'hi')).toEqual(['hi']);
  });

  it('searches only English on English pages, and only the page language for digits alone', () => {
    expect(indexesFor('भुगतान', 'en')).toEqual(['en']);
    expect(indexesFor('recharge', '')).toEqual(['en']);
    expect(indexesFor('2024', 'hi')).toEqual(['hi']);
  });
});

describe('mergeLanguages', () => {
  const r = (id: string, lang: string) => ({ id, lang });

  it('puts the page language first and English after, each article once (the Hindi page wins)', () => {
    const merged = mergeLanguages(
      { total: 2, results: [r('pay', 'hi'), r('ip', 'hi')] },
      { total: 3, results: [r('ip', 'en'), r('recharge', 'en'), r('pay', 'en')] },
      10,
    );
    expect(merged.results).toEqual([r('pay', 'hi'), r('ip', 'hi'), r('recharge', 'en')]);
    expect(merged.total).toBe(3);
    expect(merged.duplicates).toBe(2);
  });

  it('shows English only in the room the page language leaves', () => {
    const merged = mergeLanguages({ total: 2, results: [r('a', 'hi'), r('b', 'hi')] }, { total: 1, results: [r('c', 'en')] }, 2);
    expect(merged.results.map((x) => x.id)).toEqual(['a', 'b']);
    expect(merged.total).toBe(3);
  });

  it('gives English results alone when the page language finds nothing', () => {
    const merged = mergeLanguages({ total: 0, results: [] }, { total: 1, results: [r('c', 'en')] }, 6);
    expect(merged).toEqual({ total: 1, results: [r('c', 'en')], duplicates: 0 });
  });
});
