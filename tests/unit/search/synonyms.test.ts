import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/lint/problems';
import { checkSynonyms, expandQuery, pruneSynonyms, synonymTable } from '../../../src/search/synonyms';

const table = synonymTable([
  ['whitelist', 'allowlist', 'allow-list'],
  ['login', 'sign in'],
  ['password', 'login'],
  ['bill', 'invoice', 'receipt'],
]);

describe('synonymTable', () => {
  it('maps every term to the others in its group, folded like the index folds words', () => {
    expect(table.get('whitelist')).toEqual(['allowlist', 'allow list']);
    expect(table.get('allow list')).toEqual(['whitelist', 'allowlist']);
  });

  it('gives a term in several groups the alternatives of all of them', () => {
    expect(table.get('login')).toEqual(['sign in', 'password']);
    expect(table.get('password')).toEqual(['login']);
  });
});

describe('expandQuery', () => {
  it('matches the longest synonym phrase and keeps other words as they are', () => {
    expect(expandQuery(['sign', 'in', 'problem'], table)).toEqual([
      { term: 'sign in', alternatives: ['sign in', 'login'] },
      { term: 'problem', alternatives: ['problem'] },
    ]);
  });

  it('expands a phrase written with a hyphen or a space alike', () => {
    expect(expandQuery(['allow', 'list', 'ip'], table)[0]).toEqual({
      term: 'allow list',
      alternatives: ['allow list', 'whitelist', 'allowlist'],
    });
  });

  it('leaves a query without synonyms as one concept per word', () => {
    expect(expandQuery(['sip', 'ports'], table).map((c) => c.alternatives)).toEqual([['sip'], ['ports']]);
  });
});

describe('checkSynonyms', () => {
  it('accepts groups of at least two different terms', () => {
    expect(checkSynonyms([['bill', 'invoice']])).toEqual([]);
  });

  it('names the group and term of every problem', () => {
    expect(checkSynonyms([['bill'], ['IVR', 'call flow', 'Call-Flow'], ['ok', 3, '  ']]).map(formatProblem))
      .toMatchInlineSnapshot(`
      [
        "content/synonyms.json:1:1: [0]: a group needs at least two terms, got 1 (add a term that means the same, or remove the group)",
        "content/synonyms.json:1:1: [1][2]: "Call-Flow" repeats [1][1] (terms are compared ignoring case and punctuation) (remove one)",
        "content/synonyms.json:1:1: [2][1]: expected a string, got number 3 (write the term in quotes)",
        "content/synonyms.json:1:1: [2][2]: "  " has no letters or digits (write the word or phrase customers type)",
      ]
    `);
  });

  it('rejects a file that is not a list of groups', () => {
    expect(checkSynonyms({ whitelist: 'allowlist' }).map(formatProblem)).toEqual([
      'content/synonyms.json:1:1: (file): expected an array of groups, got object {"whitelist":"allowlist"} (write it as [["whitelist", "allow-list"], …])',
    ]);
    expect(checkSynonyms(['bill'])[0]!.message).toMatch(/^\[0\]: /);
  });
});

describe('pruneSynonyms', () => {
  it('keeps only alternatives the site uses, most used first, at most three', () => {
    const uses = new Map([
      ['invoice', 2],
      ['receipt', 9],
      ['bill', 5],
      ['log', 3],
    ]);
    const pruned = pruneSynonyms(
      synonymTable([
        ['bill', 'invoice', 'receipt', 'challan'],
        ['login', 'log in'],
        ['bill', 'a', 'b', 'c', 'd'],
      ]),
      (w) => uses.get(w) ?? 0,
      (w) => w === 'in',
      3,
    );
    expect(pruned.get('bill')).toEqual(['receipt', 'invoice']);
    expect(pruned.get('challan')).toEqual(['receipt', 'bill', 'invoice']);
    expect(pruned.get('login')).toEqual(['log in']);
    expect(pruned.has('log in')).toBe(false);
  });
});
