import { describe, expect, it } from 'vitest';
import { describeIssues, normalizeQuery, requestSchema } from '../../../src/feedback/events';

const schema = requestSchema(new Set(['101', '102']));
const check = (body: unknown) => {
  const parsed = schema.safeParse(body);
  return parsed.success ? 'ok' : describeIssues(parsed.error);
};

describe('normalizeQuery', () => {
  it('counts "Reset  PIN" and " reset pin" as the same search', () => {
    expect(normalizeQuery('  Reset \t PIN ')).toBe('reset pin');
    expect(normalizeQuery('ＲＥＳＥＴ')).toBe('reset');
  });
  it('drops control characters and cuts at 200 characters', () => {
    expect(normalizeQuery('a\u0000b\nc')).toBe('a b c');
    expect(normalizeQuery('x'.repeat(300))).toHaveLength(200);
  });
});

describe('requestSchema', () => {
  it('accepts votes with a reason and comment after "No" and searches with a click', () => {
    expect(
      check({
        events: [
          { type: 'vote', article: '101', helpful: true },
          { type: 'vote', article: '102', helpful: false, reason: 'unclear', comment: 'The steps skip the login.' },
          { type: 'search', query: 'reset pin', results: 3, corrected: 'reset pin', clicked: { article: '102', position: 2 } },
          { type: 'search', query: 'xyzzy', results: 0 },
        ],
      }),
    ).toBe('ok');
  });

  it('names the field and the rule of each problem', () => {
    expect(check({ events: [{ type: 'vote', article: '999', helpful: true }] })).toMatchInlineSnapshot(
      `"events.0.article: is not an article of this site (see articles.json)"`,
    );
    expect(check({ events: [{ type: 'vote', article: '101', helpful: false, comment: 'x'.repeat(501) }] })).toMatchInlineSnapshot(
      `"events.0.comment: Too big: expected string to have <=500 characters"`,
    );
    expect(check({ events: [{ type: 'search', query: 'Reset PIN', results: 1 }] })).toMatchInlineSnapshot(
      `"events.0.query: must be normalized (lower-case, single spaces, trimmed)"`,
    );
    expect(check({ events: [{ type: 'vote', article: '101', helpful: 'yes' }] })).toMatchInlineSnapshot(
      `"events.0.helpful: Invalid input: expected boolean, received string"`,
    );
  });

  it('refuses unknown fields, empty or oversized batches, reasons on "Yes" and broken clicks', () => {
    expect(check({ events: [{ type: 'vote', article: '101', helpful: true, ip: '1.2.3.4' }] })).not.toBe('ok');
    expect(check({ events: [] })).not.toBe('ok');
    expect(check({ events: Array(21).fill({ type: 'search', query: 'a', results: 1 }) })).not.toBe('ok');
    expect(check({ events: [{ type: 'vote', article: '101', helpful: true, reason: 'unclear' }] })).not.toBe('ok');
    expect(check({ events: [{ type: 'search', query: 'a', results: 1, clicked: { article: '101', position: 0 } }] })).not.toBe(
      'ok',
    );
    expect(check({ events: [{ type: 'search', query: 'a', results: -1 }] })).not.toBe('ok');
    expect(check({ events: [{ type: 'search', query: 'a', results: 1.5 }] })).not.toBe('ok');
    expect(check({ events: [{ type: 'pageview', url: '/' }] })).not.toBe('ok');
    expect(check([])).not.toBe('ok');
  });
});
