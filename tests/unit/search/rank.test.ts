import { describe, expect, it } from 'vitest';
import { deepLinks, humanize, mergeHits } from '../../../src/search/rank';

describe('mergeHits', () => {
  // Pages by id, as the index numbers them: ties are broken by id, not by number.
  const ids = ['c', 'b', 'a', ...Array.from({ length: 2003 }, (_, i) => `p${i}`)];
  const idOf = (page: number) => ids[page]!;
  const hits = (list: [string, number][]) => ({
    pages: Int32Array.from(list.map(([id]) => ids.indexOf(id))),
    scores: Float64Array.from(list.map(([, score]) => score)),
  });
  const named = (ranked: { page: number }[]) => ranked.map((h) => idOf(h.page));

  it('ranks pages matching more of the query first, counting the best synonym of each idea', () => {
    const ranked = mergeHits(
      [
        [hits([['a', 1]]), hits([['b', 3]])], // receipt | invoice
        [
          hits([
            ['a', 1],
            ['c', 5],
          ]),
        ], // inbox
      ],
      undefined,
      idOf,
    ).hits;
    // c: 5 for one idea of two; a: 1 + 1 for both; b: 3 × 0.85 (a synonym) for one.
    expect(named(ranked)).toEqual(['c', 'a', 'b']);
    expect(ranked.find((h) => idOf(h.page) === 'a')!.matched).toBe(2);
    expect(ranked.find((h) => idOf(h.page) === 'c')!.matched).toBe(1);
  });

  it('puts a page holding every word of the query ahead', () => {
    const ranked = mergeHits(
      [
        [
          hits([
            ['a', 2],
            ['b', 1],
          ]),
        ],
        [
          hits([
            ['a', 0.1],
            ['b', 1],
          ]),
        ],
      ],
      hits([['b', 2]]),
      idOf,
    ).hits;
    expect(idOf(ranked[0]!.page)).toBe('b');
  });

  it('gives the same ranking whatever was merged before it (its working space is reused)', () => {
    const two = [
      [
        hits([
          ['a', 1],
          ['b', 2],
        ]),
      ],
      [
        hits([
          ['b', 1],
          ['c', 4],
        ]),
      ],
    ];
    const first = mergeHits(two, hits([['b', 1]]), idOf);
    // Merges with more ideas and pages in between, then the same one again.
    mergeHits(
      [
        [hits([['c', 9]]), hits([['a', 3]])],
        [hits([['p1', 1]])],
        [
          hits([
            ['b', 2],
            ['a', 1],
          ]),
        ],
      ],
      undefined,
      idOf,
    );
    mergeHits(
      [
        [
          hits([
            ['a', 5],
            ['b', 5],
            ['c', 5],
          ]),
        ],
      ],
      hits([
        ['c', 1],
        ['p7', 2],
      ]),
      idOf,
      1,
    );
    expect(mergeHits(two, hits([['b', 1]]), idOf)).toEqual(first);
  });

  it('orders equal scores by id, whatever order the searches met the pages in', () => {
    const ranked = mergeHits(
      [
        [
          hits([
            ['c', 1],
            ['a', 1],
            ['b', 1],
          ]),
        ],
      ],
      undefined,
      idOf,
    ).hits;
    expect(named(ranked)).toEqual(['a', 'b', 'c']);
  });

  it('with a limit, counts every page and returns exactly the first of the full ranking, ties by id', () => {
    // 2,000 pages over two ideas and the whole query, with many equal scores.
    const many = (seed: number) =>
      hits(Array.from({ length: 2000 }, (_, i) => [`p${(i * seed) % 2003}`, ((i * 7919) % 13) / 4] as [string, number]));
    const concepts = [[many(3), many(5)], [many(11)]];
    const whole = hits(Array.from({ length: 500 }, (_, i) => [`p${(i * 17) % 2003}`, ((i * 7919) % 13) / 4] as [string, number]));
    const all = mergeHits(concepts, whole, idOf);
    expect(all.total).toBeGreaterThan(1900);
    for (const limit of [0, 1, 6, 20]) {
      const { total, hits: top } = mergeHits(concepts, whole, idOf, limit);
      expect(total).toBe(all.total);
      expect(top).toEqual(all.hits.slice(0, limit));
    }
  });
});

describe('deepLinks', () => {
  const anchors = [
    { element: 'h2', id: 'steps', text: 'Steps', location: 10 },
    { element: 'tr', id: 'task-check-confirmation-email', text: '', location: 20 },
    { element: 'li', id: 'task-check-confirmation-email-note', text: 'Note', location: 30 },
    { element: 'h3', id: 'problem-forgot-password', text: 'Problem: Forgot password', location: 40 },
  ];
  const content = `${'w '.repeat(20)}1. Check confirmation email. Your inbox. Receipt received. ${'w '.repeat(12)}Problem: Forgot password. Click it.`;

  it('links the sections, checklist rows and troubleshooting entries that hold the most matches', () => {
    expect(deepLinks(anchors, [41, 42, 21, 12], content)).toEqual([
      { id: 'problem-forgot-password', label: 'Problem: Forgot password', kind: 'problem' },
      { id: 'task-check-confirmation-email', label: 'Check confirmation email', kind: 'task' },
      { id: 'steps', label: 'Steps', kind: 'section' },
    ]);
  });

  it('gives at most three links and none for matches before the first section', () => {
    expect(deepLinks(anchors, [1, 2], content)).toEqual([]);
    expect(deepLinks(anchors, [11, 21, 41, 42], content, 1)).toHaveLength(1);
  });

  it('names a row from its id when its text cannot be read', () => {
    expect(humanize('task-add-team-members')).toBe('Add team members');
  });
});
