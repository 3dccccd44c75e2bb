import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../../src/shared/closest';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
    expect(editDistance('keyowrds', 'keywords')).toBe(2);
  });
});

describe('closest', () => {
  it('suggests the nearest candidate', () => {
    expect(closest('what-is-myoperatr', ['how-to-add-users', 'what-is-myoperator'])).toBe('what-is-myoperator');
  });

  it('breaks ties alphabetically, whatever the input order', () => {
    expect(closest('ab', ['ac', 'aa'])).toBe('aa');
    expect(closest('ab', ['aa', 'ac'])).toBe('aa');
  });

  it('returns undefined when there is nothing to suggest', () => {
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('closest, by parts of names', () => {
  it('finds a slug by one of its words', () => {
    expect(closest('calls', ['billing', 'call-flows', 'set-up-auto-pay'])).toBe('call-flows');
  });

  it('prefers a whole-name match to an equally close part', () => {
    expect(closest('giude', ['guide', 'set-up-guide'])).toBe('guide');
  });
});
