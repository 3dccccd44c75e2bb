import { describe, expect, it } from 'vitest';
import { closest, editDistance } from '../../src/lib/closest';

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
