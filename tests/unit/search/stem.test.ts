import { describe, expect, it } from 'vitest';
import { stem } from '../../../src/search/stem';

describe('stem', () => {
  it('stems words as Snowball English (Porter2) does, exceptions and special cases included', () => {
    const cases: [string, string][] = [
      ['payments', 'payment'],
      ['recurring', 'recur'],
      ['caresses', 'caress'],
      ['ponies', 'poni'],
      ['ties', 'tie'],
      ['gas', 'gas'],
      ['agreed', 'agre'],
      ['succeeded', 'succeed'],
      ['proceeding', 'proceed'],
      ['hopping', 'hop'],
      ['hoping', 'hope'],
      ['dying', 'die'],
      ['inning', 'inning'],
      ['generously', 'generous'],
      ['communication', 'communic'],
      ['skies', 'sky'],
      ['news', 'news'],
      ['only', 'onli'],
      ['relational', 'relat'],
      ['hopeful', 'hope'],
      ['happy', 'happi'],
      ['says', 'say'],
      ['yesterday', 'yesterday'],
      ['pasted', 'paste'],
      ['notifications', 'notif'],
      ['beneficiaries', 'beneficiari'],
      ['apologist', 'apolog'],
      ['by', 'by'],
    ];
    expect(cases.map(([word]) => [word, stem(word)])).toEqual(cases);
  });

  it('is not fooled by words that are also names of object properties', () => {
    expect(stem('constructor')).toBe('constructor');
    expect(stem('hasownproperty')).toBe('hasownproperti');
  });
});
