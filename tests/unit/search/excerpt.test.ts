import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptStart } from '../../../src/search/excerpt';

const at = (...locations: number[]) => locations.map((location) => ({ location, weight: 1, score: 576 }));

describe('excerptStart', () => {
  it('starts at the window with the most matches, the middle one of equal neighbours', () => {
    expect(excerptStart([], 5)).toBe(0);
    expect(excerptStart(at(2), 5)).toBe(0);
    expect(excerptStart(at(20, 21, 40), 5)).toBe(18);
  });
});

describe('buildExcerpt', () => {
  const content = 'one two three four five six seven eight nine ten';

  it('marks the matched words in a window of the content', () => {
    expect(buildExcerpt(content, at(7), 4)).toEqual([
      { text: 'six seven ', mark: false },
      { text: 'eight', mark: true },
      { text: ' nine', mark: false },
    ]);
  });

  it('keeps the window inside the content and marks neighbours apart', () => {
    expect(buildExcerpt(content, at(8, 9), 3)).toEqual([
      { text: 'eight ', mark: false },
      { text: 'nine', mark: true },
      { text: ' ', mark: false },
      { text: 'ten', mark: true },
    ]);
  });

  it('leaves markup in the content as plain text', () => {
    expect(buildExcerpt('<img src=x onerror=alert(1)> &amp; password', at(4), 5)).toEqual([
      { text: '<img src=x onerror=alert(1)> &amp; ', mark: false },
      { text: 'password', mark: true },
    ]);
  });
});
