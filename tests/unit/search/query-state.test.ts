import { describe, expect, it } from 'vitest';
import { parseSearchParams, toSearchParams } from '../../../src/search/query-state';

describe('search URL state', () => {
  it('reads query, tags and category from a pasted link', () => {
    expect(parseSearchParams('?q=whitelist+ip&tag=ivr&tag=sip&category=integrations')).toEqual({
      q: 'whitelist ip',
      tags: ['ivr', 'sip'],
      category: 'integrations',
    });
    expect(parseSearchParams('?tag=ivr,sip')).toEqual({ q: '', tags: ['ivr', 'sip'], category: '' });
  });

  it('writes a state back to the same link', () => {
    const link = '?q=forgot+password&tag=dashboard-login&category=getting-started';
    expect(toSearchParams(parseSearchParams(link))).toBe(link);
    expect(toSearchParams({ q: '  ', tags: [], category: '' })).toBe('');
  });
});
