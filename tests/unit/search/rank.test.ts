import { describe, expect, it } from 'vitest';
import { deepLinks, humanize, mergeHits } from '../../../src/search/rank';

describe('mergeHits', () => {
  it('ranks pages matching more of the query first, counting the best synonym of each idea', () => {
    const ranked = mergeHits([
      [[{ id: 'a', score: 1 }], [{ id: 'b', score: 3 }]], // receipt | invoice
      [
        [
          { id: 'a', score: 1 },
          { id: 'c', score: 5 },
        ],
      ], // inbox
    ]).hits;
    // c: 5 for one idea of two; a: 1 + 1 for both; b: 3 × 0.85 (a synonym) for one.
    expect(ranked.map((h) => h.id)).toEqual(['c', 'a', 'b']);
    expect(ranked.find((h) => h.id === 'a')!.matched).toBe(2);
    expect(ranked.find((h) => h.id === 'c')!.matched).toBe(1);
  });

  it('puts a page holding every word of the query ahead', () => {
    const ranked = mergeHits(
      [
        [
          [
            { id: 'a', score: 2 },
            { id: 'b', score: 1 },
          ],
        ],
        [
          [
            { id: 'a', score: 0.1 },
            { id: 'b', score: 1 },
          ],
        ],
      ],
      [{ id: 'b', score: 2 }],
    ).hits;
    expect(ranked[0]!.id).toBe('b');
  });

  it('with a limit, counts every page and returns exactly the first of the full ranking, ties by id', () => {
    // 2,000 pages over two ideas and the whole query, with many equal scores.
    const hits = (seed: number) =>
      Array.from({ length: 2000 }, (_, i) => ({ id: `p${(i * seed) % 2003}`, score: ((i * 7919) % 13) / 4 }));
    const concepts = [[hits(3), hits(5)], [hits(11)]];
    const whole = hits(17).slice(0, 500);
    const all = mergeHits(concepts, whole);
    for (const limit of [0, 1, 6, 20]) {
      const { total, hits: top } = mergeHits(concepts, whole, limit);
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
