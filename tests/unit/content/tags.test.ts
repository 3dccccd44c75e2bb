import { describe, expect, it } from 'vitest';
import { articleTagSlugs, collectTags } from '../../../src/content/tags';

describe('articleTagSlugs', () => {
  it('folds keywords to tag slugs and drops duplicates, keeping the first order', () => {
    expect(articleTagSlugs(['IVR', 'Call flow', 'call-flow', 'ivr'])).toEqual(['ivr', 'call-flow']);
  });
});

describe('collectTags', () => {
  it('merges spellings into one tag labelled with the most common spelling', () => {
    const tags = collectTags([
      { slug: 'a', keywords: ['Call flow'] },
      { slug: 'b', keywords: ['call-flow'] },
      { slug: 'c', keywords: ['Call flow', 'IVR'] },
    ]);
    expect(tags).toEqual([
      { slug: 'call-flow', label: 'Call flow', articles: ['a', 'b', 'c'] },
      { slug: 'ivr', label: 'IVR', articles: ['c'] },
    ]);
  });

  it('breaks a tie between spellings deterministically', () => {
    const one = collectTags([
      { slug: 'a', keywords: ['call flow'] },
      { slug: 'b', keywords: ['Call flow'] },
    ]);
    const other = collectTags([
      { slug: 'b', keywords: ['Call flow'] },
      { slug: 'a', keywords: ['call flow'] },
    ]);
    expect(one[0]!.label).toBe(other[0]!.label);
  });

  it('counts an article once even when two of its keywords fold together', () => {
    const [tag] = collectTags([{ slug: 'a', keywords: ['IVR', 'ivr'] }]);
    expect(tag!.articles).toEqual(['a']);
  });

  it('sorts tags by label, ignoring case', () => {
    const tags = collectTags([{ slug: 'a', keywords: ['billing', 'Auto-pay', 'call flow'] }]);
    expect(tags.map((t) => t.label)).toEqual(['Auto-pay', 'billing', 'call flow']);
  });
});
